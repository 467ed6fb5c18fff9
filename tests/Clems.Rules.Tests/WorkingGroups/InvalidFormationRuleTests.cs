using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Framework;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.WorkingGroups;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.WorkingGroups;

public sealed class InvalidFormationRuleTests
{
    private readonly RuleTestFixture<InvalidFormationRule> _fixture = new();

    [Fact]
    public void Formation_MembershipEndedTheDayBeforeFormation_IsRejectedNamingTheFounderAndTheMinimum()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Organization("org-c").Named("Gamma").MemberBetween(Dates.Joined, A.Date(2024, 4, 30)))
            .With(Group("wg-1", A.Date(2024, 5, 1), "org-a", "org-b", "org-c"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(new DecisionSubject(SubjectKind.WorkingGroup, "wg-1"), decision.Subject);
        Assert.Equal(DecisionOutcome.Rejected, decision.Outcome);
        Assert.Equal([ClauseId.Parse("G4")], decision.Clauses.ToArray());
        Assert.Equal(["G4.founder-membership-ended", "G4.too-few-founders"], decision.Reasons.Select(r => r.Code));
        Assert.Equal(
            "Gamma (org-c) is no longer a member: its membership ended on 2024-04-30 (on the formation date 2024-05-01), so it does not count towards founding the group.",
            decision.Reasons[0].Text);
        Assert.Equal(
            "Working group Group wg-1 (wg-1) was formed on 2024-05-01 with 2 organisations that were active members on that date; "
            + "framework v1 (in force on the formation date) requires at least 3.",
            decision.Reasons[1].Text);
    }

    [Fact]
    public void Formation_MembershipEndsOnTheFormationDay_CountsTheFounder()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Organization("org-c").MemberBetween(Dates.Joined, A.Date(2024, 5, 1)))
            .With(Group("wg-1", A.Date(2024, 5, 1), "org-a", "org-b", "org-c"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Formation_StandingOnTheFormationDate_NotOnTheAsOfDate_Decides()
    {
        // Arrange: org-c joins only after the formation, and is an active member on the as-of date.
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Organization("org-c").MemberBetween(A.Date(2024, 5, 2)))
            .With(Group("wg-1", A.Date(2024, 5, 1), "org-a", "org-b", "org-c"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal("G4.founder-membership-not-started", _fixture.SingleDecision().Reasons[0].Code);
    }

    [Fact]
    public void Formation_LargerMinimumAdoptedLater_DoesNotInvalidateAnEarlierFormation()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(Group("wg-1", A.Date(2024, 5, 1), "org-a", "org-b", "org-c"))
            .WithFrameworks(
                SnapshotBuilder.DefaultFramework,
                new FrameworkVersion(new FrameworkVersionId("v2"), A.Date(2025, 11, 1), A.Date(2026, 1, 1), new FrameworkParameters(minimumWorkingGroupSize: 4)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Formation_FrameworkMinimumOfFour_RejectsThreeFounders()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(Group("wg-1", A.Date(2024, 5, 1), "org-a", "org-b", "org-c"))
            .WithFrameworks(new FrameworkVersion(new FrameworkVersionId("v4"), Dates.FrameworkAdopted, Dates.Joined, new FrameworkParameters(minimumWorkingGroupSize: 4)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.EndsWith("with 3 organisations that were active members on that date; framework v4 (in force on the formation date) requires at least 4.", reason.Text);
    }
}
