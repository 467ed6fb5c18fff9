using System.Linq;
using Clems.Rules.ClusterRoutes;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.WorkingGroups;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;
using static Clems.Rules.Tests.ClusterRoutes.ClusterRouteCases;

namespace Clems.Rules.Tests.ClusterRoutes;

public sealed class ClusterRouteRecommendedRuleTests
{
    private readonly RuleTestFixture<ClusterRouteRecommendedRule> _fixture = new();

    [Fact]
    public void Route_ResourcesBelowNeed_IsRecommendedSayingWhy()
    {
        // Act
        var decision = Route(Ron(49_999.99m), Needing(Ron(50_000m)));

        // Assert
        Assert.Equal(DecisionOutcome.Recommended, decision.Outcome);
        Assert.Equal(["G15.objectives-match", "G15.resources-insufficient"], decision.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Route_ConsortiumRequired_IsRecommended()
    {
        // Act
        var decision = Route(null, ConsortiumCall(ThematicArea.W3CircularEconomy, 3));

        // Assert
        Assert.Equal(["G15.objectives-match", "G15.consortium-required", "G15.partners-required"], decision.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Route_ResourcesInAnotherCurrencyWithoutRate_IsAnInputError()
    {
        // Arrange
        var opportunity = Needing(Eur(10_000m));
        var snapshot = A.Snapshot().With(A.Member("org-a").WithObjectives(Ron(1m), ThematicArea.W1WaterAndWastewater))
            .With(opportunity).With(new ClusterRouteRequest(new("org-a"), opportunity.Id)).Build();

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => Engines.Shared.Evaluate(snapshot, Dates.AsOf));

        // Assert
        Assert.Equal("$.clusterRouteRequests[0]", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Route_ResourcesExactlyEqualToNeed_IsNotRecommended()
    {
        // Arrange
        var snapshot = Request(Ron(50_000m), Needing(Ron(50_000m)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Route_ConsortiumRequiredButNoSharedArea_IsNotRecommended()
    {
        // Arrange
        var snapshot = Request(Ron(1m), ConsortiumCall(ThematicArea.W6Energy));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }
}
