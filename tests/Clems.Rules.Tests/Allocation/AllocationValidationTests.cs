using System.Linq;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Allocation;

/// G8, G16: what the validator checks in projects, interests, commitments and member preferences, each problem at its
/// JSON path — including the paths two arrays deep, which are written only when a problem is found.
public sealed class AllocationValidationTests
{
    private static SnapshotBuilder TwoMembers() => An.AllocationScenario().Members("m1", "m2").Project("p1", 1).Project("p2", 1);

    private static string[] Problems(SnapshotBuilder scenario) => [.. scenario.Build().Validate().Select(p => p.Path + " " + p.Message)];

    [Fact]
    public void Validate_AgreementTwiceOrByAStranger_ReportsEachAgreementAtItsPath()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("m1", "m2").Project("p1", 1, competition: AgreedRules(["m1", "m1", "zz"]));

        // Act
        var problems = Problems(scenario);

        // Assert
        Assert.Collection(
            problems,
            p => Assert.StartsWith("$.projects[0].competition.agreements[1].member Member 'm1' agrees twice", p),
            p => Assert.StartsWith("$.projects[0].competition.agreements[2].member No organisation with id 'zz'", p));
    }

    [Fact]
    public void Validate_SameInterestTwice_ReportsTheSecond()
    {
        // Arrange
        var scenario = TwoMembers().Interest("m1", "p1").Interest("m2", "p1").Interest("m1", "p1", minutes: 5);

        // Act
        var problems = Problems(scenario);

        // Assert
        Assert.StartsWith("$.interests[2] Member 'm1' shows interest in 'p1' twice", Assert.Single(problems));
    }

    [Fact]
    public void Validate_InterestAndCommitmentWithUnknownIds_ReportEachReferenceAtItsPath()
    {
        // Arrange
        var scenario = TwoMembers().Interest("zz", "p1").Interest("m1", "p9").Commit("m2", "p9", 10m).Commit("zz", "p2", 10m);

        // Act
        var paths = Problems(scenario).Select(p => p.Split(' ')[0]);

        // Assert
        Assert.Equal(["$.interests[0].member", "$.interests[1].project", "$.commitments[0].project", "$.commitments[1].member"], paths);
    }

    [Fact]
    public void Validate_CommitmentsToOneProjectInTwoCurrencies_ReportsTheSecondCurrency()
    {
        // Arrange
        var scenario = TwoMembers().Interest("m1", "p1").Interest("m2", "p1")
            .CommitIn("m1", "p1", new(10m, Currency.Ron)).CommitIn("m2", "p1", new(10m, Currency.Eur));

        // Act
        var problems = Problems(scenario);

        // Assert
        Assert.StartsWith("$.commitments[1].amount.currency Commitments to 'p1' are compared between members", Assert.Single(problems));
    }

    [Fact]
    public void Validate_RankingTwiceOrWithoutInterest_ReportsEachRankAtItsPath()
    {
        // Arrange
        var scenario = TwoMembers().Interest("m1", "p1").Cap("m1", 1, "p1", "p1", "p2");

        // Act
        var problems = Problems(scenario);

        // Assert
        Assert.Collection(
            problems,
            p => Assert.StartsWith("$.memberPreferences[0].ranking[1] Project 'p1' is ranked twice", p),
            p => Assert.StartsWith("$.memberPreferences[0].ranking[2] Member 'm1' ranks 'p2' but shows no interest in it", p));
    }

    [Fact]
    public void Validate_TwoPreferenceEntriesForOneMember_SaysWhereTheFirstIs()
    {
        // Arrange
        var scenario = TwoMembers().Interest("m1", "p1").Cap("m1", 1).Cap("m1", 2);

        // Act
        var problems = Problems(scenario);

        // Assert
        Assert.Equal("$.memberPreferences[1].member Member 'm1' already has preferences at $.memberPreferences[0]; merge them.", Assert.Single(problems));
    }

    [Fact]
    public void Validate_UnrankedCommitmentsOfOneMemberInTwoCurrencies_NamesTheMemberAndBothCurrencies()
    {
        // Arrange
        var scenario = TwoMembers().Interest("m1", "p1").Interest("m1", "p2")
            .CommitIn("m1", "p1", new(10m, Currency.Ron)).CommitIn("m1", "p2", new(10m, Currency.Eur));

        // Act
        var problems = Problems(scenario);

        // Assert
        Assert.StartsWith("$.memberPreferences Member 'm1' committed in EUR and RON to projects it does not rank", Assert.Single(problems));
    }

    [Fact]
    public void Validate_CommitmentsInTwoCurrenciesToProjectsTheMemberRanks_IsValid()
    {
        // Arrange: the member's own ranking orders the two projects, so the amounts are never compared.
        var scenario = TwoMembers().Interest("m1", "p1").Interest("m1", "p2")
            .CommitIn("m1", "p1", new(10m, Currency.Ron)).CommitIn("m1", "p2", new(10m, Currency.Eur))
            .Cap("m1", null, "p2", "p1");

        // Act
        var problems = Problems(scenario);

        // Assert
        Assert.Empty(problems);
    }
}
