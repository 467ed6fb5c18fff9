using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Framework;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.WorkingGroups;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.WorkingGroups;

public sealed class ValidFormationRuleTests
{
    private readonly RuleTestFixture<ValidFormationRule> _fixture = new();

    [Fact]
    public void Formation_ExactlyTheMinimumOfActiveMembers_IsApproved()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(Group("wg-1", A.Date(2024, 5, 1), "org-a", "org-b", "org-c"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(new DecisionSubject(SubjectKind.WorkingGroup, "wg-1"), decision.Subject);
        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        Assert.Equal("WorkingGroups.ValidFormation", decision.RuleId);
        Assert.Equal(
            "Working group Group wg-1 (wg-1) was formed on 2024-05-01 by 3 organisations that were active members on that date "
            + "(org-a, org-b and org-c); framework v1 (in force on the formation date) requires at least 3.",
            decision.Reasons[0].Text);
        Assert.Equal(["G4.founded-by-members", "G6.thematic-area", "G2.objective", "G2.portfolio"], decision.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Formation_SingleFounderUnderAMinimumOfOne_CountsItInTheSingular()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"))
            .With(Group("wg-1", A.Date(2024, 5, 1), "org-a"))
            .WithFrameworks(new FrameworkVersion(new FrameworkVersionId("v1"), Dates.FrameworkAdopted, Dates.Joined, new FrameworkParameters(minimumWorkingGroupSize: 1)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = _fixture.SingleDecision().Reasons.Single(r => r.Code == "G4.founded-by-members");
        Assert.StartsWith("Working group Group wg-1 (wg-1) was formed on 2024-05-01 by 1 organisation that was an active member on that date ", reason.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Formation_DateAfterAsOf_IsApprovedButCannotActYet()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(Group("wg-1", A.Date(2026, 3, 2), "org-a", "org-b", "org-c"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        var reason = Assert.Single(decision.Reasons, r => r.Code == "G4.not-yet-formed");
        Assert.Equal("The formation date 2026-03-02 is after the as-of date 2026-03-01: the group cannot act yet.", reason.Text);
    }

    [Fact]
    public void Formation_W9Area_NamesItsLabel()
    {
        // Arrange
        var group = new WorkingGroup(
            new WorkingGroupId("wg-labs"), "Labs", "Share laboratories", ThematicArea.W9Other,
            [new("org-a"), new("org-b"), new("org-c")], Dates.Joined, "Shared laboratories");
        var snapshot = A.Snapshot().With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c")).With(group);

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = _fixture.SingleDecision().Reasons.Single(r => r.Code == "G6.thematic-area");
        Assert.Equal("Its thematic area is W9 (other areas of interest to members): Shared laboratories.", reason.Text);
    }

    [Fact]
    public void Formation_Portfolio_ListsTheInitiativesTheGroupInitiated()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"))
            .With(
                An.Initiative("i-2").ByWorkingGroup("wg-1", "rep-org-a"),
                An.Initiative("i-1").ByWorkingGroup("wg-1", "rep-org-b"),
                An.Initiative("i-3").By("org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(
            "Its portfolio: 2 initiatives, Initiative i-1 (i-1) and Initiative i-2 (i-2).",
            decision.Reasons.Single(r => r.Code == "G2.portfolio").Text);
        Assert.Contains(new FactReference(FactKind.Initiative, "i-1"), decision.Facts);
    }

    [Fact]
    public void Formation_TransformationEffectiveOnAsOf_ReplacesTheObjectiveAndKeepsHistory()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"))
            .With(Transform("p-1", "wg-1", "Recover phosphorus", A.Date(2026, 2, 1), Dates.AsOf, "org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reasons = _fixture.SingleDecision().Reasons;
        Assert.Equal("Its objective on 2026-03-01 is \"Recover phosphorus\".", reasons.Single(r => r.Code == "G2.objective").Text);
        Assert.Equal(
            "From 2026-03-01 the objective \"Recover phosphorus\" replaced \"Recover sludge as fertiliser\" "
            + "(proposal p-1 of 2026-02-01 by org-a); the group's history is kept.",
            reasons.Single(r => r.Code == "G5.transformed").Text);
    }

    [Fact]
    public void Formation_TransformationEffectiveTheDayAfterAsOf_KeepsTheCurrentObjective()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"))
            .With(Transform("p-1", "wg-1", "Recover phosphorus", A.Date(2026, 2, 1), A.Date(2026, 3, 2), "org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reasons = _fixture.SingleDecision().Reasons;
        Assert.Equal("Its objective on 2026-03-01 is \"Recover sludge as fertiliser\".", reasons.Single(r => r.Code == "G2.objective").Text);
        Assert.DoesNotContain(reasons, r => r.Code == "G5.transformed");
        Assert.Contains("takes effect on 2026-03-02, after 2026-03-01", reasons.Single(r => r.Code == "G5.transformation-pending").Text);
    }

    [Fact]
    public void Formation_TransformationByNonMember_DoesNotChangeTheObjective()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"), A.Member("org-x"))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"))
            .With(Transform("p-1", "wg-1", "Recover phosphorus", A.Date(2026, 2, 1), A.Date(2026, 2, 1), "org-x"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reasons = _fixture.SingleDecision().Reasons;
        Assert.Equal("Its objective on 2026-03-01 is \"Recover sludge as fertiliser\".", reasons.Single(r => r.Code == "G2.objective").Text);
    }

    [Fact]
    public void Formation_DissolvedBeforeAsOf_SaysSo()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"))
            .With(Dissolve("p-end", "wg-1", A.Date(2026, 1, 10), A.Date(2026, 2, 1), "org-a", "org-b"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal(
            "The group is dissolved from 2026-02-01 (proposal p-end of 2026-01-10 by org-a and org-b).",
            _fixture.SingleDecision().Reasons.Single(r => r.Code == "G5.dissolved").Text);
    }

    [Fact]
    public void Formation_DissolvedBeforeAsOf_NamesTheDissolutionProposal()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"))
            .With(Dissolve("p-end", "wg-1", A.Date(2026, 1, 10), A.Date(2026, 2, 1), "org-a", "org-b"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Contains(new FactReference(FactKind.WorkingGroupProposal, "p-end"), _fixture.SingleDecision().Facts);
    }
}
