using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Allocation;

/// The competition key compares what the scenario format records, at the precision it records it (G8: "priority to those
/// who committed resources earlier").
public sealed class CompetitionKeyTests
{
    [Fact]
    public void EarlierCommitment_CommitmentsEightyNanosecondsApart_TheEarlierWinsWithoutALottery()
    {
        // Arrange: both commit within the same 100 ns tick; no lottery seed is published, so a tie would be an error.
        var earlier = AllocationStart + Duration.FromNanoseconds(10);
        var later = AllocationStart + Duration.FromNanoseconds(90);
        var scenario = An.AllocationScenario().WithoutLotterySeed().Members("org-a", "org-b")
            .Project("p1", 1, competition: AgreedRules(["org-a", "org-b"], CompetitionCriterion.EarlierCommitment))
            .Interest("org-a", "p1").Interest("org-b", "p1")
            .With(Commitment("org-b", earlier), Commitment("org-a", later));

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert
        Assert.Equal(DecisionOutcome.Admitted, report.For(SubjectKind.Interest, "p1/org-b").Single().Outcome);
        Assert.Equal(DecisionOutcome.Waitlisted, report.For(SubjectKind.Interest, "p1/org-a").Single().Outcome);
    }

    [Fact]
    public void EarlierCommitment_CommitmentsAtTheSameNanosecond_AreATieTheLotteryEnds()
    {
        // Arrange
        var scenario = An.AllocationScenario().WithoutLotterySeed().Members("org-a", "org-b")
            .Project("p1", 1, competition: AgreedRules(["org-a", "org-b"], CompetitionCriterion.EarlierCommitment))
            .Interest("org-a", "p1").Interest("org-b", "p1")
            .With(Commitment("org-b", AllocationStart + Duration.FromNanoseconds(20)), Commitment("org-a", AllocationStart + Duration.FromNanoseconds(20)));

        // Act
        var exception = Assert.Throws<SnapshotValidationException>(() => scenario.Evaluate());

        // Assert
        Assert.Contains(exception.Problems, p => p.Path == "$.lotterySeed");
    }

    private static ResourceCommitment Commitment(string member, Instant at)
        => ResourceCommitment.OfMoney(new OrganizationId(member), new InitiativeId("p1"), CommitmentPhase.Implementation, Amounts.Ron(100m), at);
}
