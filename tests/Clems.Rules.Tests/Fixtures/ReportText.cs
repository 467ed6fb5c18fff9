using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;

namespace Clems.Rules.Tests.Fixtures;

/// Renders a report decision by decision, every field included, so that two reports compare line by line.
internal static class ReportText
{
    public static IReadOnlyList<string> Lines(GovernanceReport report)
        => [$"as-of {report.AsOf:yyyy-MM-dd} framework {report.Framework.Id}", .. report.Decisions.Select(Line)];

    public static string Line(Decision d)
        => $"{d.Subject} | {d.Outcome} | {d.RuleId} | [{string.Join(",", d.Clauses)}] | "
            + string.Join(" / ", d.Reasons.Select(r => r.Code + ": " + r.Text))
            + " | facts " + string.Join(",", d.Facts);
}
