using Clems.Rules.Decisions;
using Clems.Rules.InternalBids;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;
using static Clems.Rules.Tests.InternalBids.InternalBidCases;

namespace Clems.Rules.Tests.InternalBids;

public sealed class InternalBidFeasibleRuleTests
{
    private readonly RuleTestFixture<InternalBidFeasibleRule> _fixture = new();

    [Fact]
    public void Bid_ExpertiseCoveredExactly_IsFeasible()
    {
        // Arrange
        var snapshot = CoveredExactly();

        // Act
        var decision = snapshot.SingleDecision(SubjectKind.InternalBid, "bid-1");

        // Assert
        Assert.Equal(DecisionOutcome.Feasible, decision.Outcome);
        Assert.Equal("Expertise 'sludge' is declared by Organisation org-a (org-a).", decision.Reasons[1].Text);
    }

    [Fact]
    public void Bid_OneInterestedActiveMember_CountsItInTheSingular()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a").WithExpertise("sludge", "soil"))
            .With(Bid("bid-1", "Remediation", ["sludge", "soil"], "org-a"));

        // Act
        var decision = snapshot.SingleDecision(SubjectKind.InternalBid, "bid-1");

        // Assert
        Assert.Equal(DecisionOutcome.Feasible, decision.Outcome);
        Assert.Equal("1 active member is interested in internal bid Remediation (bid-1).", decision.Reasons[0].Text);
    }

    [Fact]
    public void Bid_ExpertiseOnlyFromLapsedMember_DoesNotFire()
    {
        // Arrange
        var snapshot = SoilOnlyFromLapsedMember();

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }
}
