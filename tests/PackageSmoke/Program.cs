using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;

namespace PackageSmoke;

/// Loads a scenario through the packed Clems.Rules.Scenarios, evaluates it with the packed Clems.Rules, and checks
/// that every decision is explained: a rule, at least one clause and at least one reason.
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("Usage: PackageSmoke <scenario.json>, e.g. PackageSmoke docs/examples/clems-cluster.json");
            return 2;
        }

        try
        {
            return Run(args[0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SnapshotValidationException)
        {
            return Fail($"could not load {args[0]}: {e.Message}");
        }
    }

    private static int Run(string path)
    {
        var assembly = typeof(GovernanceEngine).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
        Console.WriteLine($"Clems.Rules {version} from {assembly.Location}");

        ScenarioDocument document;
        using (var stream = File.OpenRead(path))
        {
            document = ScenarioReader.Read(stream);
        }

        if (document.AsOf is not { } asOf)
        {
            return Fail($"{path} has no asOf date; the smoke test evaluates the example as of its own date.");
        }

        var report = new GovernanceEngine().Evaluate(document.Snapshot, asOf);
        if (report.Decisions.IsEmpty)
        {
            return Fail($"evaluating {path} as of {asOf:uuuu-MM-dd} gave no decision.");
        }

        var unexplained = report.Decisions
            .Where(d => string.IsNullOrWhiteSpace(d.RuleId) || d.Clauses.IsEmpty || d.Reasons.IsEmpty)
            .Select(d => $"{d.Subject} {d.Outcome} by '{d.RuleId}' ({d.Clauses.Length} clauses, {d.Reasons.Length} reasons)")
            .ToList();
        if (unexplained.Count > 0)
        {
            return Fail($"{unexplained.Count} decision(s) lack a rule, a clause or a reason: {string.Join("; ", unexplained)}.");
        }

        var outcomes = report.Decisions
            .GroupBy(d => d.Outcome)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine(
            $"Evaluated {path} as of {asOf:uuuu-MM-dd} under framework {report.Framework.Id}: "
            + $"{report.Decisions.Length} decisions ({string.Join(", ", outcomes)}), "
            + $"{report.Decisions.Select(d => d.RuleId).Distinct().Count()} rules, "
            + $"{report.Decisions.Sum(d => d.Reasons.Length)} reasons; every decision names its rule, clauses and reasons.");

        // The README's example, compiled against the packages so that it cannot drift from the API.
        ReadmeExample.Run(path, TextWriter.Null);

        Console.WriteLine("Package smoke test passed.");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"Package smoke test FAILED: {message}");
        return 1;
    }
}
