using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

/// Allocation.ProjectNotRunnable through the engine (G16): a project whose initiative is not runnable allocates no places.
public sealed class ProjectNotRunnableRuleTests
{
    private const string NotRunnable = "Allocation.ProjectNotRunnable";

    [Fact]
    public void ProjectNotRunnable_InitiativeNotRunnable_AllocatesNoPlaces()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a").Project("p1", 2, runnable: false).Interest("org-a", "p1");

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert
        var project = Project(report, "p1");
        Assert.Equal((NotRunnable, DecisionOutcome.NotAllocated), (project.RuleId, project.Outcome));
        Assert.Equal("G16.project-not-runnable", project.Reasons.Single().Code);
        Assert.False(report.Allocation.Projects.Single().Allocated);
    }

    [Fact]
    public void ProjectNotRunnable_InitiativeRunnable_DoesNotFire()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a").Project("p1", 2).Interest("org-a", "p1");

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == NotRunnable);
    }

    private static Decision Project(GovernanceReport report, string id) => report.For(SubjectKind.Project, id).Single();
}
