using System;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Xunit;

namespace Clems.Rules.Tests.Scenarios;

public sealed class SyntheticScenarioTests
{
    private static readonly SyntheticCounts s_small = new(members: 60, projects: 8, interests: 300, tenders: 7);

    [Fact]
    public void Generate_SameSeed_WritesIdenticalJson()
    {
        // Act
        var first = ScenarioWriter.ToJson(SyntheticScenario.Generate(SyntheticSize.S, 7));
        var second = ScenarioWriter.ToJson(SyntheticScenario.Generate(SyntheticSize.S, 7));

        // Assert
        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_DifferentSeeds_WriteDifferentJson()
    {
        // Act
        var first = ScenarioWriter.ToJson(SyntheticScenario.Generate(s_small, 1));
        var second = ScenarioWriter.ToJson(SyntheticScenario.Generate(s_small, 2));

        // Assert
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Generate_ExplicitCounts_HasTheCountsRequested()
    {
        // Act
        var snapshot = SyntheticScenario.Generate(s_small, 3).Snapshot;

        // Assert: every member is an organisation and every project an initiative.
        Assert.Equal(s_small.Members, snapshot.Organizations.Length);
        Assert.Equal(s_small.Projects, snapshot.Projects.Length);
        Assert.Equal(s_small.Projects, snapshot.Initiatives.Length);
        Assert.Equal(s_small.Interests, snapshot.Interests.Length);
        Assert.Equal(s_small.Tenders, snapshot.Tenders.Length);
        Assert.Equal(s_small.TenderProfiles, snapshot.TenderProfiles.Length);
    }

    [Fact]
    public void Generate_NamedSizeS_HasItsCounts()
    {
        // Arrange
        var counts = SyntheticCounts.For(SyntheticSize.S);

        // Act
        var snapshot = SyntheticScenario.Generate(SyntheticSize.S, 11).Snapshot;

        // Assert
        Assert.Equal(
            (counts.Members, counts.Projects, counts.Interests, counts.Tenders, counts.TenderProfiles),
            (snapshot.Organizations.Length, snapshot.Projects.Length, snapshot.Interests.Length, snapshot.Tenders.Length, snapshot.TenderProfiles.Length));
    }

    [Fact]
    public void Generate_EveryPairInterested_IsValid()
    {
        // Arrange: as many interests as organisation–project pairs.
        var dense = new SyntheticCounts(members: 12, projects: 5, interests: 60, tenders: 0);

        // Act
        var document = SyntheticScenario.Generate(dense, 5);

        // Assert
        Assert.Empty(document.Snapshot.Validate());
        Assert.Equal(dense.Members * dense.Projects, document.Snapshot.Interests.Select(i => (i.Member, i.Project)).Distinct().Count());
    }

    [Fact]
    public void Counts_MoreInterestsThanPairs_Throws()
    {
        // Arrange
        const int Members = 3, Projects = 2;

        // Act
        var exception = Assert.Throws<ArgumentOutOfRangeException>(
            () => new SyntheticCounts(members: Members, projects: Projects, interests: (Members * Projects) + 1, tenders: 0));

        // Assert
        Assert.Contains($"at most {Members * Projects} interests", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(20260301UL)]
    public void Generate_S_IsValidAndEvaluates(ulong seed)
    {
        // Arrange
        var document = SyntheticScenario.Generate(SyntheticSize.S, seed);

        // Act
        var problems = document.Snapshot.Validate();
        var report = new GovernanceEngine().Evaluate(document.Snapshot, document.AsOf!.Value);

        // Assert
        Assert.Empty(problems);
        AssertRealisticShape(report);
    }

    [Fact]
    public void Generate_M_IsValidAndEvaluates()
    {
        // Arrange
        var document = SyntheticScenario.Generate(SyntheticSize.M, 7);

        // Act
        var report = new GovernanceEngine().Evaluate(document.Snapshot, document.AsOf!.Value);

        // Assert
        AssertRealisticShape(report);
    }

    private static void AssertRealisticShape(GovernanceReport report)
    {
        var outcomes = report.Decisions.Select(d => d.Outcome).ToHashSet();
        Assert.Contains(DecisionOutcome.Admitted, outcomes);
        Assert.Contains(DecisionOutcome.Waitlisted, outcomes);
        Assert.Contains(DecisionOutcome.Ineligible, outcomes);
        Assert.Contains(DecisionOutcome.NotAllocated, outcomes);
        Assert.Contains(DecisionOutcome.NotRunnable, outcomes);
        Assert.Contains(DecisionOutcome.Rejected, outcomes);
        Assert.Contains(DecisionOutcome.Alerted, outcomes);
        var entries = report.Allocation.Projects.SelectMany(p => p.Entries).ToList();
        Assert.Contains(entries, e => e.Outcome == AllocationOutcomeKind.NotReached);
        Assert.Contains(entries, e => e.Outcome == AllocationOutcomeKind.BelowCutoff);
        Assert.Contains(report.Allocation.Projects, p => !p.Allocated);
        Assert.Empty(AllocationChecker.Check(report.Allocation));
    }
}
