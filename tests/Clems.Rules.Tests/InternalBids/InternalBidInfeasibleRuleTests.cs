using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.InternalBids;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.InternalBids.InternalBidCases;

namespace Clems.Rules.Tests.InternalBids;

public sealed class InternalBidInfeasibleRuleTests
{
    private readonly RuleTestFixture<InternalBidInfeasibleRule> _fixture = new();

    [Fact]
    public void Bid_ExpertiseOnlyFromLapsedMember_IsInfeasibleListingWhatIsMissing()
    {
        // Arrange
        var snapshot = SoilOnlyFromLapsedMember();

        // Act
        var decision = snapshot.SingleDecision(SubjectKind.InternalBid, "bid-1");

        // Assert
        Assert.Equal(DecisionOutcome.Infeasible, decision.Outcome);
        Assert.Equal(["G14.interested-membership-ended", "G14.expertise-missing"], decision.Reasons.Select(r => r.Code));
        Assert.Equal("The bid requires expertise 'soil', which no interested active member declares.", decision.Reasons[1].Text);
    }

    [Fact]
    public void Bid_ExpertiseCoveredExactly_DoesNotFire()
    {
        // Arrange
        var snapshot = CoveredExactly();

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }
}
