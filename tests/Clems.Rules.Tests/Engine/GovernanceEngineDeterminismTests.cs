using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Tests.Fixtures;
using FsCheck.Xunit;
using Xunit;

namespace Clems.Rules.Tests.Engine;

public sealed class GovernanceEngineDeterminismTests
{
    private static readonly GovernanceEngine s_engine = Engines.Shared;

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void Evaluate_InputInAnyOrder_GivesTheSameReportDecisionByDecision(PermutedSnapshot input)
    {
        // Arrange
        var expected = ReportText.Lines(s_engine.Evaluate(RichSnapshot.Build(), input.AsOf));

        // Act
        var actual = ReportText.Lines(s_engine.Evaluate(input.Snapshot, input.AsOf));

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Evaluate_SameSnapshotTwiceOnTwoEngines_GivesIdenticalReports()
    {
        // Arrange
        var snapshot = RichSnapshot.Build();

        // Act
        var first = ReportText.Lines(s_engine.Evaluate(snapshot, Dates.AsOf));
        var second = ReportText.Lines(new GovernanceEngine().Evaluate(snapshot, Dates.AsOf));

        // Assert
        Assert.Equal(first, second);
    }

    [Fact]
    public void RichSnapshot_UsedByTheProperty_ExercisesEveryRule()
    {
        // Arrange
        var snapshot = RichSnapshot.Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        // Allocation.Demand gathers each project's eligible interests for the others and decides nothing itself.
        Assert.Equal(
            s_engine.Rules.Select(r => r.Id).Where(id => id != "Allocation.Demand"),
            report.Decisions.Select(d => d.RuleId).Distinct().Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void Report_Decisions_AreOrderedBySubjectThenRule()
    {
        // Arrange
        var snapshot = RichSnapshot.Build();

        // Act
        var decisions = s_engine.Evaluate(snapshot, Dates.AsOf).Decisions;

        // Assert
        var ordered = decisions
            .OrderBy(d => d.Subject)
            .ThenBy(d => d.RuleId, System.StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(ordered, decisions.ToArray());
        Assert.Equal("Framework", decisions[0].Subject.Kind.ToString());
    }
}
