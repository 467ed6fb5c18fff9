using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.WorkingGroups;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.WorkingGroups;

public sealed class BelowQuorumRuleTests
{
    private readonly RuleTestFixture<BelowQuorumRule> _fixture = new();

    [Fact]
    public void Group_MembershipLapsedBeforeAsOf_IsFlaggedNamingWhoLapsed()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Organization("org-c").Named("Gamma").MemberBetween(Dates.Joined, A.Date(2026, 2, 28)))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(new DecisionSubject(SubjectKind.WorkingGroup, "wg-1"), decision.Subject);
        Assert.Equal(DecisionOutcome.Flagged, decision.Outcome);
        Assert.Equal(["G4.member-membership-ended", "G4.below-quorum"], decision.Reasons.Select(r => r.Code));
        Assert.Equal("Gamma (org-c) is no longer a member: its membership ended on 2026-02-28 (as of 2026-03-01).", decision.Reasons[0].Text);
        Assert.Equal(
            "Working group Group wg-1 (wg-1) has 2 active member organisations on 2026-03-01 (org-a and org-b); framework v1 requires at least 3. "
            + "It cannot initiate initiatives until it is back at the minimum.",
            decision.Reasons[1].Text);
    }

    [Fact]
    public void Group_EveryMembershipLapsed_HasNoActiveMemberToName()
    {
        // Arrange
        var lapsed = A.Date(2026, 2, 28);
        var snapshot = A.Snapshot()
            .With(A.Organization("org-a").MemberBetween(Dates.Joined, lapsed), A.Organization("org-b").MemberBetween(Dates.Joined, lapsed), A.Organization("org-c").MemberBetween(Dates.Joined, lapsed))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal(
            "Working group Group wg-1 (wg-1) has 0 active member organisations on 2026-03-01; framework v1 requires at least 3. "
            + "It cannot initiate initiatives until it is back at the minimum.",
            _fixture.SingleDecision().Reasons.Single(r => r.Code == "G4.below-quorum").Text);
    }

    [Fact]
    public void Group_MembershipEndsOnAsOf_IsNotFlagged()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Organization("org-c").MemberBetween(Dates.Joined, Dates.AsOf))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Group_DissolvedBeforeItLapsed_IsNotFlagged()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Organization("org-c").MemberBetween(Dates.Joined, A.Date(2026, 2, 28)))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"))
            .With(Dissolve("p-end", "wg-1", A.Date(2026, 1, 10), A.Date(2026, 2, 1), "org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }
}
