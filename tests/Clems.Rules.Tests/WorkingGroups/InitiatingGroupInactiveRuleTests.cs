using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.WorkingGroups;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.WorkingGroups;

public sealed class InitiatingGroupInactiveRuleTests
{
    private readonly RuleTestFixture<InitiatingGroupInactiveRule> _fixture = new();

    private static SnapshotBuilder Cluster() => A.Snapshot()
        .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"), A.Organization("org-d").MemberBetween(Dates.Joined, A.Date(2026, 1, 31)))
        .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"))
        .With(An.Initiative("i-1").ByWorkingGroup("wg-1", "rep-org-a"));

    [Fact]
    public void Initiative_GroupActive_IsNotRejected()
    {
        // Act
        _fixture.Given(Cluster()).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Initiative_GroupDissolvedBeforeAsOf_IsRejectedAndStopped()
    {
        // Arrange
        var snapshot = Cluster().With(Dissolve("p-end", "wg-1", A.Date(2026, 1, 10), A.Date(2026, 2, 1), "org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(new DecisionSubject(SubjectKind.Initiative, "i-1"), decision.Subject);
        Assert.Equal(DecisionOutcome.Rejected, decision.Outcome);
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal("G5.group-dissolved", reason.Code);
        Assert.Equal("The initiating working group Group wg-1 (wg-1) is dissolved from 2026-02-01 (proposal p-end of 2026-01-10 by org-a).", reason.Text);
        Assert.Single(_fixture.Query<InitiativeFinding>(), f => f.Stopped);
    }

    [Fact]
    public void Initiative_DissolutionEffectiveTheDayAfterAsOf_IsNotRejected()
    {
        // Arrange
        var snapshot = Cluster().With(Dissolve("p-end", "wg-1", A.Date(2026, 1, 10), A.Date(2026, 3, 2), "org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Initiative_DissolutionProposedByANonMember_DoesNotDissolveTheGroup()
    {
        // Arrange
        var snapshot = Cluster().With(Dissolve("p-end", "wg-1", A.Date(2026, 1, 10), A.Date(2026, 2, 1), "org-d"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Initiative_GroupBelowQuorum_IsRejectedNamingWhoLapsed()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Organization("org-d").MemberBetween(Dates.Joined, A.Date(2026, 1, 31)))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-d"))
            .With(An.Initiative("i-1").ByWorkingGroup("wg-1", "rep-org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G4.group-below-quorum", reason.Code);
        Assert.Equal(
            "The initiating working group Group wg-1 (wg-1) has 2 active member organisations on 2026-03-01, below the minimum: framework v1 requires at least 3 "
            + "(lapsed: org-d, which is no longer a member: its membership ended on 2026-01-31).",
            reason.Text);
    }

    [Fact]
    public void Initiative_GroupFormedAfterAsOf_IsRejected()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(Group("wg-1", A.Date(2026, 3, 2), "org-a", "org-b", "org-c"))
            .With(An.Initiative("i-1").ByWorkingGroup("wg-1", "rep-org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G4.group-not-yet-formed", reason.Code);
        Assert.Equal("The initiating working group Group wg-1 (wg-1) is formed on 2026-03-02, after the as-of date 2026-03-01.", reason.Text);
    }

    [Fact]
    public void Initiative_GroupNeverValidlyFormed_IsRejected()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Organization("org-c").MemberBetween(A.Date(2025, 1, 1)))
            .With(Group("wg-1", A.Date(2024, 5, 1), "org-a", "org-b", "org-c"))
            .With(An.Initiative("i-1").ByWorkingGroup("wg-1", "rep-org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G4.group-formation-invalid", reason.Code);
        Assert.Equal(
            "The initiating working group Group wg-1 (wg-1) was not validly formed: 2 organisations were active members on its formation date 2024-05-01; "
            + "framework v1 (in force on the formation date) requires at least 3.",
            reason.Text);
    }

    [Fact]
    public void Engine_InitiativeOfADissolvedGroup_IsNeverRunnable()
    {
        // Arrange
        var snapshot = Cluster().With(Dissolve("p-end", "wg-1", A.Date(2026, 1, 10), A.Date(2026, 2, 1), "org-a")).Build();

        // Act
        var report = new GovernanceEngine().Evaluate(snapshot, Dates.AsOf);

        // Assert
        var decision = Assert.Single(report.For(SubjectKind.Initiative, "i-1"));
        Assert.Equal("WorkingGroups.InitiatingGroupInactive", decision.RuleId);
    }
}
