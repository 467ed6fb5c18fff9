using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Services;

public sealed class S4PublicFundApplicationsRuleTests
{
    private readonly RuleTestFixture<S4PublicFundApplicationsRule> _fixture = new();

    [Fact]
    public void Request_ByActiveMember_PointsToTheClusterRouteDecision()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a"))
            .With(Request("sr-4", ClusterService.S4PublicFundApplications, "org-a", opportunity: "opp-horizon"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        Assert.Equal([ClauseId.Parse("G10"), ClauseId.Parse("S4")], decision.Clauses.ToArray());
        var reason = decision.Reasons.Single(r => r.Code == "S4.cluster-route");
        Assert.Contains("see cluster route org-a/opp-horizon (ClusterRoute:org-a/opp-horizon)", reason.Text);
    }

    [Fact]
    public void Request_WithoutOpportunity_IsAnInputError()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a"))
            .With(Request("sr-4", ClusterService.S4PublicFundApplications, "org-a"));

        // Act
        var problems = snapshot.Build().Validate();

        // Assert
        var problem = Assert.Single(problems);
        Assert.Equal("$.serviceRequests[0].opportunity", problem.Path);
    }
}
