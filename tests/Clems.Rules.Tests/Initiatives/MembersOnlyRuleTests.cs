using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Initiatives;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Initiatives;

public sealed class MembersOnlyRuleTests
{
    private readonly RuleTestFixture<MembersOnlyRule> _fixture = new();

    [Fact]
    public void Initiator_NeverAMember_IsRejectedCitingG10()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.NonMember("org-x").Named("Xeno SRL"))
            .With(An.Initiative("i-1").By("org-x"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(new DecisionSubject(SubjectKind.Initiative, "i-1"), decision.Subject);
        Assert.Equal(DecisionOutcome.Rejected, decision.Outcome);
        Assert.Equal("Initiatives.MembersOnly", decision.RuleId);
        Assert.Equal([ClauseId.Parse("G10")], decision.Clauses.ToArray());
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal("G10.never-a-member", reason.Code);
        Assert.Equal(
            "Xeno SRL (org-x), initiator, has never been a member of CLEMS (as of 2026-03-01); CLEMS runs projects for active members only.",
            reason.Text);
    }

    [Fact]
    public void Beneficiary_MembershipEndedTheDayBefore_IsRejected()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Organization("org-b").MemberBetween(Dates.Joined, A.Date(2026, 2, 28)))
            .With(An.Initiative("i-1").By("org-a").ForBeneficiaries("org-b"));

        // Act
        _fixture.Given(snapshot.Build(), A.Date(2026, 3, 1)).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G10.membership-ended", reason.Code);
        Assert.Contains("org-b), beneficiary, is no longer a member: its membership ended on 2026-02-28 (as of 2026-03-01)", reason.Text);
    }

    [Fact]
    public void Beneficiary_OnLastDayOfMembership_IsStillAMember()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Organization("org-b").MemberBetween(Dates.Joined, A.Date(2026, 3, 1)))
            .With(An.Initiative("i-1").By("org-a").ForBeneficiaries("org-b"));

        // Act
        _fixture.Given(snapshot.Build(), A.Date(2026, 3, 1)).Fire();

        // Assert
        _fixture.AssertDidNotFire();
        Assert.Empty(_fixture.Decisions);
    }

    [Fact]
    public void Participant_DayBeforeMembershipStarts_IsRejected()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Organization("org-c").MemberBetween(A.Date(2026, 3, 2)))
            .With(An.Initiative("i-1").By("org-a").WithParticipants("org-c"));

        // Act
        _fixture.Given(snapshot.Build(), A.Date(2026, 3, 1)).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G10.membership-not-started", reason.Code);
        Assert.Contains("org-c), participant, is not yet a member: its membership starts on 2026-03-02 (as of 2026-03-01)", reason.Text);
    }

    [Fact]
    public void Participant_OnFirstDayOfMembership_IsAMember()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Organization("org-c").MemberBetween(A.Date(2026, 3, 1)))
            .With(An.Initiative("i-1").By("org-a").WithParticipants("org-c"));

        // Act
        _fixture.Given(snapshot.Build(), A.Date(2026, 3, 1)).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Participant_SuspendedOnAsOfDate_IsRejected()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(
                A.Member("org-a"),
                A.Organization("org-c").MemberBetween(Dates.Joined, A.Date(2025, 12, 31)).SuspendedBetween(A.Date(2026, 1, 1), A.Date(2026, 6, 30)))
            .With(An.Initiative("i-1").By("org-a").WithParticipants("org-c"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G10.membership-suspended", reason.Code);
        Assert.Contains("org-c), participant, has a membership that is suspended from 2026-01-01 to 2026-06-30", reason.Text);
    }

    [Theory]
    [InlineData("initiator")]
    [InlineData("beneficiary")]
    [InlineData("participant")]
    public void Party_InEachRoleNotAMember_IsCaught(string role)
    {
        // Arrange
        var initiative = role switch
        {
            "initiator" => An.Initiative("i-1").By("org-x"),
            "beneficiary" => An.Initiative("i-1").By("org-a").ForBeneficiaries("org-x"),
            _ => An.Initiative("i-1").By("org-a").WithParticipants("org-x"),
        };
        var snapshot = A.Snapshot().With(A.Member("org-a"), A.NonMember("org-x")).With(initiative);

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertFired(1);
        _fixture.AssertFiredWith<InitiativeParty>(p => p.Standing.Organization.Id.Value == "org-x");
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Contains($"(org-x), {role}, has never been a member", reason.Text);
    }

    [Fact]
    public void Initiative_WithSeveralOutsiders_GivesOneReasonPerOrganizationWithItsDates()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(
                A.Member("org-a"),
                A.Organization("org-d").MemberBetween(Dates.Joined, A.Date(2025, 12, 31)),
                A.Organization("org-e").MemberBetween(A.Date(2026, 6, 1)))
            .With(An.Initiative("i-1").By("org-a").ForBeneficiaries("org-e").WithParticipants("org-d"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertFired(1);
        var reasons = _fixture.SingleDecision().Reasons;
        Assert.Equal(["G10.membership-ended", "G10.membership-not-started"], reasons.Select(r => r.Code));
        Assert.Contains("(org-d), participant, is no longer a member: its membership ended on 2025-12-31", reasons[0].Text);
        Assert.Contains("(org-e), beneficiary, is not yet a member: its membership starts on 2026-06-01", reasons[1].Text);
    }

    [Fact]
    public void Organization_InTwoRoles_GivesOneReasonNamingBothRoles()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.NonMember("org-x"))
            .With(An.Initiative("i-1").By("org-a").ForBeneficiaries("org-x").WithParticipants("org-x"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Contains("(org-x), beneficiary and participant, has never been a member", reason.Text);
    }

    [Fact]
    public void Initiator_InAllThreeRoles_GivesOneReasonListingThem()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.NonMember("org-x"))
            .With(An.Initiative("i-1").By("org-x").ForBeneficiaries("org-x").WithParticipants("org-x"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Contains("(org-x), initiator, beneficiary and participant, has never been a member", reason.Text);
    }

    [Fact]
    public void Decision_OfRejectedInitiative_NamesTheInitiativeAndTheOutsiderFacts()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Organization("org-d").MemberBetween(Dates.Joined, A.Date(2025, 12, 31)))
            .With(An.Initiative("i-1").By("org-a").WithParticipants("org-d"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal(
            [new FactReference(FactKind.Initiative, "i-1"), new FactReference(FactKind.Membership, "org-d/2020-01-01"), new FactReference(FactKind.Organization, "org-d")],
            _fixture.SingleDecision().Facts.ToArray());
    }

    [Fact]
    public void Proposer_ForAWorkingGroup_NoLongerAMember_IsRejected()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Organization("org-d").MemberBetween(Dates.Joined, A.Date(2025, 12, 31)))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-d"))
            .With(An.Initiative("i-1").ByWorkingGroup("wg-1", proposedBy: "rep-org-d").WithParticipants("org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G10.membership-ended", reason.Code);
        Assert.Contains("(org-d), proposer, is no longer a member: its membership ended on 2025-12-31", reason.Text);
    }

    [Fact]
    public void Proposer_OfAnotherOrganizationThanTheInitiator_IsCheckedToo()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.NonMember("org-x"))
            .With(An.Initiative("i-1").By("org-a").ProposedBy("rep-org-x"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Contains("(org-x), proposer, has never been a member", reason.Text);
    }

    [Fact]
    public void Initiative_WithOnlyActiveMembers_GetsNoG10Decision()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(An.Initiative("i-1").By("org-a").ForBeneficiaries("org-b").WithParticipants("org-c"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
        Assert.Empty(_fixture.Decisions);
        Assert.DoesNotContain(_fixture.Query<InitiativeFinding>(), f => f.Stopped);
    }

    [Fact]
    public void Rejection_InsertsAFindingThatStopsTheRunnableRule()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.NonMember("org-x")).With(An.Initiative("i-1").By("org-x"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var finding = Assert.Single(_fixture.Query<InitiativeFinding>(), f => f.Stopped);
        Assert.Equal("i-1", finding.Initiative.Initiative.Id.Value);
    }

    [Fact]
    public void Rejections_OfTwoInitiatives_AreSeparateDecisions()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.NonMember("org-x"))
            .With(An.Initiative("i-1").By("org-a").WithParticipants("org-x"), An.Initiative("i-2").By("org-x"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertFired(2);
        Assert.Equal(["i-1", "i-2"], _fixture.Decisions.Select(d => d.Subject.Id));
    }
}
