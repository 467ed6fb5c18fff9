using Clems.Rules.ClusterRoutes;
using Clems.Rules.WorkingGroups;
using Xunit;

namespace Clems.Rules.Tests.ClusterRoutes;

public sealed class ClusterRouteClausesTests
{
    // G15: "the participation of a single entity is … ineligible" — one partner is a single entity; two are not.
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void SingleEntityIneligible_MinimumPartners_FromTwoPartners(int minimumPartners, bool ineligible)
    {
        // Arrange
        var opportunity = new Opportunity(new OpportunityId("opp-1"), "Call", [ThematicArea.W1WaterAndWastewater], minimumPartners: minimumPartners);

        // Act
        var result = ClusterRouteClauses.SingleEntityIneligible(opportunity);

        // Assert
        Assert.Equal(ineligible, result);
    }
}
