using System;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Allocation;

/// Allocation.NoAgreedRules through the engine (G16): an oversubscribed project whose competition rules not every
/// interested member agreed before the freeze allocates no places.
public sealed class NoAgreedRulesRuleTests
{
    private const string NoAgreedRules = "Allocation.NoAgreedRules";
    private const string Outcome = "Allocation.Outcome";

    [Fact]
    public void NoAgreedRules_OversubscribedWithoutRules_MakesNoAllocation()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a", "org-b").Project("p1", 1).Interest("org-a", "p1").Interest("org-b", "p1");

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert
        var project = Project(report, "p1");
        Assert.Equal((NoAgreedRules, DecisionOutcome.NotAllocated), (project.RuleId, project.Outcome));
        Assert.Equal(["G16.oversubscribed", "G16.no-competition-rules"], project.Reasons.Select(r => r.Code));
        Assert.All(["p1/org-a", "p1/org-b"], id => Assert.Equal("G16.project-not-allocated", Interest(report, id).Reasons.Single().Code));
        Assert.False(report.Allocation.Projects.Single().Allocated);
    }

    [Fact]
    public void NoAgreedRules_OversubscribedWithoutRules_StatesTheEligibleAndThePlaces()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a", "org-b", "org-c").Project("p1", 2)
            .Interest("org-a", "p1").Interest("org-b", "p1").Interest("org-c", "p1");

        // Act
        var project = Project(scenario.EvaluateAllocation(), "p1");

        // Assert
        Assert.Equal(
            "Project p1 has 3 eligible interests for 2 places, so an internal competition must decide.",
            project.Reasons.Single(r => r.Code == "G16.oversubscribed").Text);
    }

    [Fact]
    public void NoAgreedRules_OversubscribedForOnePlace_CountsThePlaceInTheSingular()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a", "org-b").Project("p1", 1).Interest("org-a", "p1").Interest("org-b", "p1");

        // Act
        var project = Project(scenario.EvaluateAllocation(), "p1");

        // Assert
        Assert.Equal(
            "Project p1 has 2 eligible interests for 1 place, so an internal competition must decide.",
            project.Reasons.Single(r => r.Code == "G16.oversubscribed").Text);
    }

    [Fact]
    public void NoAgreedRules_AMemberAgreedExactlyAtTheFreeze_IsRefusedAndNamed()
    {
        // Arrange: agreements count strictly before the freeze.
        var scenario = An.AllocationScenario().Members("org-a", "org-b")
            .Project("p1", 1, competition: RulesAgreedAt(
                [("org-a", CompetitionFreeze - Duration.FromHours(1)), ("org-b", CompetitionFreeze)],
                CompetitionCriterion.CommittedAmount))
            .Interest("org-a", "p1").Interest("org-b", "p1");

        // Act
        var project = Project(scenario.EvaluateAllocation(), "p1");

        // Assert
        Assert.Equal((NoAgreedRules, DecisionOutcome.NotAllocated), (project.RuleId, project.Outcome));
        var reason = project.Reasons.Single(r => r.Code == "G16.rules-not-agreed");
        Assert.Contains("by org-b;", reason.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("org-a", reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAgreedRules_EveryMemberAgreedOneTickBeforeTheFreeze_DoesNotFire()
    {
        // Arrange
        var tickBefore = CompetitionFreeze - Duration.FromTicks(1);
        var scenario = An.AllocationScenario().Members("org-a", "org-b")
            .Project("p1", 1, competition: RulesAgreedAt([("org-a", tickBefore), ("org-b", tickBefore)], CompetitionCriterion.CommittedAmount))
            .Interest("org-a", "p1").Interest("org-b", "p1").Commit("org-b", "p1", 100m);

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == NoAgreedRules);
        Assert.Equal((Outcome, DecisionOutcome.Allocated), (Project(report, "p1").RuleId, Project(report, "p1").Outcome));
        Assert.Equal(DecisionOutcome.Admitted, Interest(report, "p1/org-b").Outcome);
    }

    [Fact]
    public void NoAgreedRules_ProjectNotOversubscribed_NeedsNoRules()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a", "org-b").Project("p1", 2).Interest("org-a", "p1").Interest("org-b", "p1");

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == NoAgreedRules);
        Assert.All(["p1/org-a", "p1/org-b"], id => Assert.Equal(DecisionOutcome.Admitted, Interest(report, id).Outcome));
    }

    private static Decision Interest(GovernanceReport report, string id) => report.For(SubjectKind.Interest, id).Single();

    private static Decision Project(GovernanceReport report, string id) => report.For(SubjectKind.Project, id).Single();
}
