using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Services;

public sealed class S1ProjectManagementOfficeRuleTests
{
    private readonly RuleTestFixture<S1ProjectManagementOfficeRule> _fixture = new();

    [Fact]
    public void Request_RequesterAndOneParticipant_IsApprovedWithTwoOrganisations()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a").Named("Alpha SRL"), A.NonMember("org-b").Named("Beta SA"))
            .With(Request("sr-1", ClusterService.S1ProjectManagementOffice, "org-a", participants: ["org-b"]));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        Assert.Equal([ClauseId.Parse("G10"), ClauseId.Parse("S1")], decision.Clauses.ToArray());
        Assert.Equal(
            "The project has 2 participating organisations (Alpha SRL (org-a) and Beta SA (org-b)); a project management office (S1) needs at least 2.",
            decision.Reasons.Single(r => r.Code == "S1.organizations").Text);
    }

    [Fact]
    public void Request_OnlyTheRequesterListed_IsRejectedWithTheCount()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a").Named("Alpha SRL"))
            .With(Request("sr-1", ClusterService.S1ProjectManagementOffice, "org-a", participants: ["org-a"]));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(DecisionOutcome.Rejected, decision.Outcome);
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal("S1.too-few-organizations", reason.Code);
        Assert.Equal(
            "A project management office (S1) serves projects of several organisations: it needs at least 2 participating organisations, and request sr-1 has 1 (Alpha SRL (org-a)).",
            reason.Text);
    }

    [Fact]
    public void Request_NonMemberWithoutParticipants_ListsEveryReason()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.NonMember("org-x"))
            .With(Request("sr-1", ClusterService.S1ProjectManagementOffice, "org-x"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal(
            ["G10.not-member-when-requested", "G10.never-a-member", "S1.too-few-organizations"],
            _fixture.SingleDecision().Reasons.Select(r => r.Code));
    }
}
