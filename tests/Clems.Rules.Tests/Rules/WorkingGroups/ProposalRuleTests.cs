using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.WorkingGroups;
using Xunit;
using static Clems.Rules.Tests.Fixtures.WorkingGroupData;

namespace Clems.Rules.Tests.Rules.WorkingGroups;

public sealed class ProposalRuleTests
{
    private readonly RuleTestFixture<InvalidProposalRule> _invalid = new();
    private readonly RuleTestFixture<ValidProposalRule> _valid = new();

    private static SnapshotBuilder Cluster() => A.Snapshot()
        .With(A.Member("org-a"), A.Member("org-b"), A.Organization("org-c").Named("Gamma").MemberBetween(Dates.Joined, A.Date(2025, 12, 31)), A.Member("org-x").Named("Xeno"))
        .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"));

    [Fact]
    public void Proposal_ByANonMemberOfTheGroup_IsRejectedNamingIt()
    {
        // Arrange
        var snapshot = Cluster().With(Dissolve("p-1", "wg-1", A.Date(2026, 2, 1), A.Date(2026, 2, 1), "org-a", "org-x"));

        // Act
        _invalid.Given(snapshot).Fire();

        // Assert
        var decision = _invalid.SingleDecision();
        Assert.Equal(new DecisionSubject(SubjectKind.WorkingGroupProposal, "p-1"), decision.Subject);
        Assert.Equal(DecisionOutcome.Rejected, decision.Outcome);
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal("G5.proposer-not-in-group", reason.Code);
        Assert.Equal(
            "Xeno (org-x) is not a member of working group Group wg-1 (wg-1) (members: org-a, org-b and org-c); only the group's members may propose to dissolve or transform it.",
            reason.Text);
    }

    [Fact]
    public void Proposal_ByAGroupMemberWhoseMembershipEnded_IsRejectedWithTheDate()
    {
        // Arrange
        var snapshot = Cluster().With(Transform("p-1", "wg-1", "New aim", A.Date(2026, 1, 1), A.Date(2026, 4, 1), "org-c"));

        // Act
        _invalid.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_invalid.SingleDecision().Reasons);
        Assert.Equal("G5.proposer-membership-ended", reason.Code);
        Assert.Equal(
            "Gamma (org-c) is no longer a member: its membership ended on 2025-12-31 (on the proposal date 2026-01-01); only active members may propose.",
            reason.Text);
    }

    [Fact]
    public void Proposal_OnTheLastDayOfTheProposersMembership_IsApproved()
    {
        // Arrange
        var snapshot = Cluster().With(Transform("p-1", "wg-1", "New aim", A.Date(2025, 12, 31), A.Date(2026, 4, 1), "org-c"));

        // Act
        _valid.Given(snapshot).Fire();
        _invalid.Given(snapshot).Fire();

        // Assert
        Assert.Equal(DecisionOutcome.Approved, _valid.SingleDecision().Outcome);
        _invalid.AssertDidNotFire();
    }

    [Fact]
    public void Proposal_ByActiveMembersOfTheGroup_IsApprovedWithItsEffect()
    {
        // Arrange
        var snapshot = Cluster().With(Dissolve("p-1", "wg-1", A.Date(2026, 2, 1), A.Date(2026, 6, 30), "org-b", "org-a"));

        // Act
        _valid.Given(snapshot).Fire();

        // Assert
        var decision = _valid.SingleDecision();
        Assert.Equal(["G5.proposed-by-members", "G5.dissolution"], decision.Reasons.Select(r => r.Code));
        Assert.Equal(
            "Proposed on 2026-02-01 by org-a and org-b, members of working group Group wg-1 (wg-1) and active members of CLEMS on that date.",
            decision.Reasons[0].Text);
        Assert.Equal("It dissolves working group Group wg-1 (wg-1) from 2026-06-30.", decision.Reasons[1].Text);
    }
}
