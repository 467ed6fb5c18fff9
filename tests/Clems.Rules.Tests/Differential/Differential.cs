using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Reference;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Differential;

/// Compares the engine's report with the reference model's decisions, projected to
/// (subject kind, subject id, outcome, rule, clauses, reason codes).
internal static class Differential
{
    internal static readonly GovernanceEngine Engine = new();

    /// One line per decision; reason codes in the order the decision states them.
    internal static IReadOnlyList<string> EngineLines(ClusterSnapshot snapshot, LocalDate asOf)
        => [.. Engine.Evaluate(snapshot, asOf).Decisions.Select(d => new ReferenceDecision(
            d.Subject.Kind,
            d.Subject.Id,
            d.Outcome,
            d.RuleId,
            [.. d.Clauses.Select(c => c.ToString())],
            [.. d.Reasons.Select(r => r.Code)]).ToString())];

    internal static IReadOnlyList<string> ReferenceLines(ClusterSnapshot snapshot, LocalDate asOf)
        => [.. ReferenceModel.Decide(snapshot, asOf).Select(d => d.ToString())];

    /// Both decide the same, or both refuse the input (the engine with a validation error found while deciding).
    internal static void AssertSameDecisions(ClusterSnapshot snapshot, LocalDate asOf)
    {
        IReadOnlyList<string> expected;
        try
        {
            expected = ReferenceLines(snapshot, asOf);
        }
        catch (ReferenceInputException)
        {
            Assert.Throws<SnapshotValidationException>(() => Engine.Evaluate(snapshot, asOf));
            return;
        }

        var actual = EngineLines(snapshot, asOf);
        Assert.Equal(expected, actual);
    }

    /// Cases per property: CLEMS_PROPERTY_TESTS, or 300 by default (the allocation properties' setting).
    internal static int Cases(double scale)
        => System.Math.Max(1, (int)(Clems.Rules.Tests.Allocation.AllocationPropertyAttribute.Cases * scale));
}
