using System;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

/// Allocation.Eligibility through the engine (G8, G10, G16): an interest of a non-member, a suspended member, in a project
/// that is not runnable, or without the preparation commitment the project requires, is ineligible.
public sealed class IneligibleInterestRuleTests
{
    private const string Eligibility = "Allocation.Eligibility";

    [Fact]
    public void Eligibility_NonMember_IsIneligibleAsNeverAMember()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a").NonMembers("org-x").Project("p1", 2).Interest("org-x", "p1");

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-x");

        // Assert
        Assert.Equal((Eligibility, DecisionOutcome.Ineligible), (decision.RuleId, decision.Outcome));
        Assert.StartsWith("G10.", decision.Reasons.Single().Code, StringComparison.Ordinal);
        Assert.Contains("org-x", decision.Reasons.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Eligibility_SuspendedMember_IsIneligibleAsSuspended()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a").SuspendedMembers("org-s").Project("p1", 2).Interest("org-s", "p1");

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-s");

        // Assert
        Assert.Equal((Eligibility, DecisionOutcome.Ineligible), (decision.RuleId, decision.Outcome));
        Assert.Equal("G10.membership-suspended", decision.Reasons.Single().Code);
    }

    [Fact]
    public void Eligibility_ProjectNotRunnable_IsIneligible()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a").Project("p1", 2, runnable: false).Interest("org-a", "p1");

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-a");

        // Assert
        Assert.Equal((Eligibility, DecisionOutcome.Ineligible), (decision.RuleId, decision.Outcome));
        Assert.Equal("G16.project-not-runnable", decision.Reasons.Single().Code);
    }

    [Fact]
    public void Eligibility_PreparationCommitmentRequiredAndMissing_IsIneligible()
    {
        // Arrange: an implementation-phase commitment is not a preparation commitment (G8).
        var scenario = An.AllocationScenario().Members("org-a").Project("p1", 2, requiresPreparation: true)
            .Interest("org-a", "p1").Commit("org-a", "p1", 5000m, CommitmentPhase.Implementation);

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-a");

        // Assert
        Assert.Equal((Eligibility, DecisionOutcome.Ineligible), (decision.RuleId, decision.Outcome));
        Assert.Equal("G8.no-preparation-commitment", decision.Reasons.Single().Code);
    }

    [Fact]
    public void Eligibility_PreparationCommitmentRequiredAndMade_DoesNotFire()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a").Project("p1", 2, requiresPreparation: true)
            .Interest("org-a", "p1").Commit("org-a", "p1", 100m, CommitmentPhase.Preparation);

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == Eligibility);
        Assert.Equal(DecisionOutcome.Admitted, Interest(report, "p1/org-a").Outcome);
    }

    [Fact]
    public void Eligibility_PreparationCommitmentOfPersonDays_CountsAsAPreparationCommitment()
    {
        // Arrange: the boundary — a commitment of person-days, not money, in the preparation phase.
        var scenario = An.AllocationScenario().Members("org-a").Project("p1", 2, requiresPreparation: true)
            .Interest("org-a", "p1").CommitDays("org-a", "p1", 3m, CommitmentPhase.Preparation);

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == Eligibility);
        Assert.Equal(DecisionOutcome.Admitted, Interest(report, "p1/org-a").Outcome);
    }

    private static Decision Interest(GovernanceReport report, string id) => report.For(SubjectKind.Interest, id).Single();
}
