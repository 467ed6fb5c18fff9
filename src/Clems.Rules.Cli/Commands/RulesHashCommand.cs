using System;
using System.CommandLine;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;

namespace Clems.Rules.Cli.Commands;

/// <summary><c>clems-rules rules-hash --project P --places N --criteria a,b [--scope project|cluster]</c>: prints the
/// SHA-256 of a competition round's rules (G16), the hash each member's agreement carries (docs/allocation.md).</summary>
/// <remarks>Prints the 64 hexadecimal digits that <c>sha256sum</c> prints for the same text, then the text that was
/// hashed, escaped, so the computation can be repeated by hand.</remarks>
internal sealed class RulesHashCommand
{
    private readonly CliContext _context;

    public RulesHashCommand(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    public Command Create()
    {
        var project = new Option<string>("--project") { Description = "The project's initiative id.", Required = true };
        var places = new Option<int>("--places") { Description = "The project's places.", Required = true };
        var criteria = new Option<string>("--criteria")
        {
            Description = "The round's effective criteria in order, comma-separated (committedAmount, earlierCommitment, involvement, membershipSeniority): "
                + "when the round lists none, the defaultCompetitionCriteria of the framework in force at its freeze.",
            Required = true,
        };
        var scope = new Option<string>("--scope") { Description = "The lottery scope: project (the default) or cluster.", DefaultValueFactory = _ => "project" };
        var command = new Command("rules-hash", "Print the SHA-256 of a competition round's rules, which the members' agreements carry (G16).");
        command.Options.Add(project);
        command.Options.Add(places);
        command.Options.Add(criteria);
        command.Options.Add(scope);
        command.SetAction(parseResult => Execute(
            parseResult.GetValue(project)!, parseResult.GetValue(places), parseResult.GetValue(criteria) ?? string.Empty, parseResult.GetValue(scope) ?? "project"));
        return command;
    }

    public int Execute(string project, int places, string criteria, string scope)
    {
        if (string.IsNullOrEmpty(project) || places < 0)
        {
            _context.Error.WriteLine("--project needs an initiative id and --places a number of places of 0 or more.");
            return ExitCodes.InvalidInput;
        }

        var names = criteria.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var parsed = new CompetitionCriterion[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (!Enum.TryParse(names[i], ignoreCase: true, out parsed[i])
                || !char.IsLower(names[i][0])
                || parsed[i] is CompetitionCriterion.PreparationCommitment or CompetitionCriterion.Lottery)
            {
                _context.Error.WriteLine($"'{names[i]}' is not a criterion a round can agree on: use committedAmount, earlierCommitment, involvement or membershipSeniority.");
                return ExitCodes.InvalidInput;
            }
        }

        if (parsed.Distinct().Count() != parsed.Length)
        {
            _context.Error.WriteLine("A criterion is listed twice in --criteria: list each once.");
            return ExitCodes.InvalidInput;
        }

        if (scope is not ("project" or "cluster"))
        {
            _context.Error.WriteLine($"'{scope}' is not a lottery scope: use project or cluster.");
            return ExitCodes.InvalidInput;
        }

        InitiativeId id;
        try
        {
            id = new InitiativeId(project);
        }
        catch (ArgumentException e)
        {
            _context.Error.WriteLine($"--project: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        var lotteryScope = scope == "cluster" ? LotteryScope.Cluster : LotteryScope.Project;
        _context.Output.WriteLine(CompetitionRules.ContentSha256(id, places, parsed, lotteryScope));
        var hashed = CompetitionRules.ContentText(id, places, parsed, lotteryScope).Replace("\n", "\\n", StringComparison.Ordinal);
        _context.Output.WriteLine($"sha256(\"{hashed}\")");
        return ExitCodes.Evaluated;
    }
}
