using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Services;

/// S6 stands for every service whose only rule is "members only" (G10).
public sealed class S6EnvironmentalLegislationRuleTests
{
    private readonly RuleTestFixture<S6EnvironmentalLegislationRule> _fixture = new();

    [Fact]
    public void Request_ByActiveMember_IsApprovedCitingG10AndS6()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a").Named("Alpha SRL"))
            .With(Request("sr-1", ClusterService.S6EnvironmentalLegislation, "org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(new DecisionSubject(SubjectKind.ServiceRequest, "sr-1"), decision.Subject);
        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        Assert.Equal("Services.S6.EnvironmentalLegislation", decision.RuleId);
        Assert.Equal([ClauseId.Parse("G10"), ClauseId.Parse("S6")], decision.Clauses.ToArray());
        Assert.Equal(["G10.active-member", "S6.members-only-service"], decision.Reasons.Select(r => r.Code));
        Assert.Equal(
            "Alpha SRL (org-a) requested S6 (environmental legislation advice) on 2026-02-10 and has been a member since 2020-01-01 (as of 2026-03-01); CLEMS offers its services to active members.",
            decision.Reasons[0].Text);
    }

    [Fact]
    public void Request_ByNonMember_IsRejectedWithBothDates()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.NonMember("org-x").Named("Xeno SRL"))
            .With(Request("sr-1", ClusterService.S6EnvironmentalLegislation, "org-x"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(DecisionOutcome.Rejected, decision.Outcome);
        Assert.Equal(["G10.not-member-when-requested", "G10.never-a-member"], decision.Reasons.Select(r => r.Code));
        Assert.Equal(
            "Xeno SRL (org-x) requested S6 (environmental legislation advice) on 2026-02-10, when it has never been a member of CLEMS; CLEMS offers its services to active members only.",
            decision.Reasons[0].Text);
    }

    [Fact]
    public void Request_MembershipEndedAfterTheRequest_IsRejectedAsOfTheAsOfDate()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Organization("org-b").MemberBetween(Dates.Joined, A.Date(2026, 2, 28)))
            .With(Request("sr-1", ClusterService.S6EnvironmentalLegislation, "org-b"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G10.membership-ended", reason.Code);
        Assert.Contains("is no longer a member: its membership ended on 2026-02-28 (as of 2026-03-01)", reason.Text);
    }

    [Fact]
    public void Request_BeforeMembershipStarted_IsRejectedForTheRequestDate()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Organization("org-c").MemberBetween(A.Date(2026, 2, 11)))
            .With(Request("sr-1", ClusterService.S6EnvironmentalLegislation, "org-c", on: A.Date(2026, 2, 10)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G10.not-member-when-requested", reason.Code);
        Assert.Contains("on 2026-02-10, when it is not yet a member: its membership starts on 2026-02-11", reason.Text);
    }

    [Fact]
    public void Request_OnTheLastDayOfMembership_IsApproved()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Organization("org-b").MemberBetween(Dates.Joined, A.Date(2026, 3, 1)))
            .With(Request("sr-1", ClusterService.S6EnvironmentalLegislation, "org-b", on: A.Date(2026, 3, 1)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal(DecisionOutcome.Approved, _fixture.SingleDecision().Outcome);
    }

    [Fact]
    public void Request_ForAnotherService_DoesNotFire()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a"))
            .With(Request("sr-1", ClusterService.S5EcoInnovationConsultancy, "org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }
}
