using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

/// Allocation.Demand through the engine (G8, G16): it decides nothing itself, so what shows is what it gathered — the
/// eligible interests are ranked for the competition, the others are listed as ineligible without a rank.
public sealed class ProjectDemandRuleTests
{
    private const string NoAgreedRules = "Allocation.NoAgreedRules";

    [Fact]
    public void Demand_ProjectWithEligibleAndIneligibleInterests_RanksOnlyTheEligible()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a", "org-b").NonMembers("org-x").Project("p1", 2)
            .Interest("org-a", "p1").Interest("org-b", "p1").Interest("org-x", "p1");

        // Act
        var entries = scenario.EvaluateAllocation().Allocation.Projects.Single().Entries;

        // Assert
        Assert.Equal(["org-a", "org-b"], entries.Where(e => e.Rank is not null).Select(e => e.Member.Value).Order());
        var ineligible = Assert.Single(entries, e => e.Rank is null);
        Assert.Equal(("org-x", AllocationOutcomeKind.Ineligible), (ineligible.Member.Value, ineligible.Outcome));
    }

    [Fact]
    public void Demand_ProjectWithOnlyIneligibleInterests_GathersNothingToCompeteFor()
    {
        // Arrange: two interests for one place, but neither is eligible, so there is no demand and no competition.
        var scenario = An.AllocationScenario().Members("org-a").NonMembers("org-x", "org-y").Project("p1", 1)
            .Interest("org-x", "p1").Interest("org-y", "p1");

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert
        Assert.All(report.Allocation.Projects.Single().Entries, e => Assert.Equal(((int?)null, AllocationOutcomeKind.Ineligible), (e.Rank, e.Outcome)));
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == NoAgreedRules);
    }
}
