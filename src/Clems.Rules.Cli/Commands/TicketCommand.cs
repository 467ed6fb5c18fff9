using System;
using System.CommandLine;
using Clems.Rules.Allocation;

namespace Clems.Rules.Cli.Commands;

/// <summary><c>clems-rules ticket --seed S --member M [--scope P]</c>: prints a member's lottery ticket (G16), so anyone
/// can check the draw that ended a competition's ties.</summary>
/// <remarks>Prints the 16 hexadecimal digits that <c>sha256sum</c> prints first for the same text (docs/allocation.md),
/// then the text that was hashed, escaped, so the computation can be repeated by hand.</remarks>
internal sealed class TicketCommand
{
    private readonly CliContext _context;

    public TicketCommand(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    public Command Create()
    {
        var seed = new Option<string>("--seed") { Description = "The published lottery seed (the scenario's lotterySeed).", Required = true };
        var member = new Option<string>("--member") { Description = "The member organisation's id.", Required = true };
        var scope = new Option<string>("--scope")
        {
            Description = "The ticket's scope: a project id for one ticket per project (the default lottery scope of a competition), empty for one ticket per member.",
            DefaultValueFactory = _ => string.Empty,
        };
        var command = new Command("ticket", "Print a member's lottery ticket for a published seed, as the allocation draws it (G16).");
        command.Options.Add(seed);
        command.Options.Add(member);
        command.Options.Add(scope);
        command.SetAction(parseResult => Execute(parseResult.GetValue(seed)!, parseResult.GetValue(member)!, parseResult.GetValue(scope) ?? string.Empty));
        return command;
    }

    public int Execute(string seed, string member, string scope)
    {
        if (string.IsNullOrEmpty(seed) || string.IsNullOrEmpty(member))
        {
            _context.Error.WriteLine("Both --seed and --member need a value.");
            return ExitCodes.InvalidInput;
        }

        var ticket = LotteryTicket.Draw(seed, scope, member);
        _context.Output.WriteLine(LotteryTicket.ToHex(ticket));
        var hashed = (LotteryTicket.Prefix + seed + "\n" + scope + "\n" + member).Replace("\n", "\\n", StringComparison.Ordinal);
        _context.Output.WriteLine($"sha256(\"{hashed}\"), first 8 bytes; a lower ticket ranks higher.");
        return ExitCodes.Evaluated;
    }
}
