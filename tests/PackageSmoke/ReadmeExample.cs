using System.IO;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using NodaTime;

namespace PackageSmoke;

/// The embedding example of README.md, line for line (output goes to a writer instead of the console).
internal static class ReadmeExample
{
    internal static void Run(string path, TextWriter console)
    {
        var engine = new GovernanceEngine();                    // compiles the rules once: keep it for the process
        using var json = File.OpenRead(path);
        var scenario = ScenarioReader.Read(json);               // throws with every problem and its JSON path
        var report = engine.Evaluate(scenario.Snapshot, scenario.AsOf ?? new LocalDate(2026, 3, 1));
        foreach (var decision in report.Decisions)
        {
            console.WriteLine($"{decision.Subject}: {decision.Outcome} ({decision.RuleId}, {string.Join(", ", decision.Clauses)})");
            foreach (var reason in decision.Reasons)
            {
                console.WriteLine($"  - {reason.Text}");
            }
        }
    }
}
