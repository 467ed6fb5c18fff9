using System.Linq;
using Clems.Rules.ClusterRoutes;
using Clems.Rules.Decisions;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.WorkingGroups;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;
using static Clems.Rules.Tests.ClusterRoutes.ClusterRouteCases;

namespace Clems.Rules.Tests.ClusterRoutes;

public sealed class ClusterRouteNotRecommendedRuleTests
{
    private readonly RuleTestFixture<ClusterRouteNotRecommendedRule> _fixture = new();

    [Fact]
    public void Route_ResourcesExactlyEqualToNeed_CanGoAloneSoNotRecommended()
    {
        // Act
        var decision = Route(Ron(50_000m), Needing(Ron(50_000m)));

        // Assert
        Assert.Equal(DecisionOutcome.NotRecommended, decision.Outcome);
        Assert.Equal(["G15.single-applicant", "G15.resources-sufficient"], decision.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Route_NoSharedArea_IsNotRecommended()
    {
        // Act
        var decision = Route(Ron(1m), ConsortiumCall(ThematicArea.W6Energy));

        // Assert
        Assert.Equal(DecisionOutcome.NotRecommended, decision.Outcome);
        Assert.Equal("G15.objectives-differ", Assert.Single(decision.Reasons).Code);
    }

    [Fact]
    public void Route_ResourcesOneBanBelowNeed_DoesNotFire()
    {
        // Arrange
        var snapshot = Request(Ron(49_999.99m), Needing(Ron(50_000m)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Route_SharedAreaAndConsortiumRequired_DoesNotFire()
    {
        // Arrange
        var snapshot = Request(null, ConsortiumCall(ThematicArea.W3CircularEconomy));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }
}
