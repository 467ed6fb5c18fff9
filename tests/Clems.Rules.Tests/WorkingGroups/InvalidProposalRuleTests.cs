using Clems.Rules.Decisions;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.WorkingGroups;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;
using static Clems.Rules.Tests.WorkingGroups.ProposalCases;

namespace Clems.Rules.Tests.WorkingGroups;

public sealed class InvalidProposalRuleTests
{
    private readonly RuleTestFixture<InvalidProposalRule> _fixture = new();

    [Fact]
    public void Proposal_ByANonMemberOfTheGroup_IsRejectedNamingIt()
    {
        // Arrange
        var snapshot = Cluster().With(Dissolve("p-1", "wg-1", A.Date(2026, 2, 1), A.Date(2026, 2, 1), "org-a", "org-x"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
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
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G5.proposer-membership-ended", reason.Code);
        Assert.Equal(
            "Gamma (org-c) is no longer a member: its membership ended on 2025-12-31 (on the proposal date 2026-01-01); only active members may propose.",
            reason.Text);
    }

    [Fact]
    public void Proposal_OnTheLastDayOfTheProposersMembership_IsNotRejected()
    {
        // Arrange
        var snapshot = Cluster().With(Transform("p-1", "wg-1", "New aim", A.Date(2025, 12, 31), A.Date(2026, 4, 1), "org-c"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }
}
