using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.WorkingGroups;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;
using static Clems.Rules.Tests.WorkingGroups.ProposalCases;

namespace Clems.Rules.Tests.WorkingGroups;

public sealed class ValidProposalRuleTests
{
    private readonly RuleTestFixture<ValidProposalRule> _fixture = new();

    [Fact]
    public void Proposal_ByActiveMembersOfTheGroup_IsApprovedWithItsEffect()
    {
        // Arrange
        var snapshot = Cluster().With(Dissolve("p-1", "wg-1", A.Date(2026, 2, 1), A.Date(2026, 6, 30), "org-b", "org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(["G5.proposed-by-members", "G5.dissolution"], decision.Reasons.Select(r => r.Code));
        Assert.Equal(
            "Proposed on 2026-02-01 by org-a and org-b, members of working group Group wg-1 (wg-1) and active members of CLEMS on that date.",
            decision.Reasons[0].Text);
        Assert.Equal("It dissolves working group Group wg-1 (wg-1) from 2026-06-30.", decision.Reasons[1].Text);
    }

    [Fact]
    public void Proposal_OnTheLastDayOfTheProposersMembership_IsApproved()
    {
        // Arrange
        var snapshot = Cluster().With(Transform("p-1", "wg-1", "New aim", A.Date(2025, 12, 31), A.Date(2026, 4, 1), "org-c"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal(DecisionOutcome.Approved, _fixture.SingleDecision().Outcome);
    }

    [Fact]
    public void Proposal_CoSignedByANonMemberOfTheGroup_IsNotApproved()
    {
        // Arrange
        var snapshot = Cluster().With(Dissolve("p-1", "wg-1", A.Date(2026, 2, 1), A.Date(2026, 2, 1), "org-a", "org-x"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Proposal_ByAGroupMemberWhoseMembershipEnded_IsNotApproved()
    {
        // Arrange
        var snapshot = Cluster().With(Transform("p-1", "wg-1", "New aim", A.Date(2026, 1, 1), A.Date(2026, 4, 1), "org-c"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }
}
