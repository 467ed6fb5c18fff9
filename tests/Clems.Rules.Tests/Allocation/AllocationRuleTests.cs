using System;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

/// The allocation rules through the engine, each firing and not firing (G8, G10, G16).
public sealed class AllocationRuleTests
{
    private const string Eligibility = "Allocation.Eligibility";
    private const string NoAgreedRules = "Allocation.NoAgreedRules";
    private const string NotRunnable = "Allocation.ProjectNotRunnable";
    private const string Outcome = "Allocation.Outcome";

    [Fact]
    public void Eligibility_NonMember_IsIneligibleAsNeverAMember()
    {
        // Arrange
        var scenario = new AllocationScenario().Members("org-a").NonMembers("org-x").Project("p1", 2).Interest("org-x", "p1");

        // Act
        var decision = Interest(scenario.Evaluate(), "p1/org-x");

        // Assert
        Assert.Equal((Eligibility, DecisionOutcome.Ineligible), (decision.RuleId, decision.Outcome));
        Assert.StartsWith("G10.", decision.Reasons.Single().Code, StringComparison.Ordinal);
        Assert.Contains("org-x", decision.Reasons.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Eligibility_SuspendedMember_IsIneligibleAsSuspended()
    {
        // Arrange
        var scenario = new AllocationScenario().Members("org-a").SuspendedMembers("org-s").Project("p1", 2).Interest("org-s", "p1");

        // Act
        var decision = Interest(scenario.Evaluate(), "p1/org-s");

        // Assert
        Assert.Equal((Eligibility, DecisionOutcome.Ineligible), (decision.RuleId, decision.Outcome));
        Assert.Equal("G10.membership-suspended", decision.Reasons.Single().Code);
    }

    [Fact]
    public void Eligibility_ProjectNotRunnable_IsIneligible()
    {
        // Arrange
        var scenario = new AllocationScenario().Members("org-a").Project("p1", 2, runnable: false).Interest("org-a", "p1");

        // Act
        var decision = Interest(scenario.Evaluate(), "p1/org-a");

        // Assert
        Assert.Equal((Eligibility, DecisionOutcome.Ineligible), (decision.RuleId, decision.Outcome));
        Assert.Equal("G16.project-not-runnable", decision.Reasons.Single().Code);
    }

    [Fact]
    public void Eligibility_PreparationCommitmentRequiredAndMissing_IsIneligible()
    {
        // Arrange: an implementation-phase commitment is not a preparation commitment (G8).
        var scenario = new AllocationScenario().Members("org-a").Project("p1", 2, requiresPreparation: true)
            .Interest("org-a", "p1").Commit("org-a", "p1", 5000m, CommitmentPhase.Implementation);

        // Act
        var decision = Interest(scenario.Evaluate(), "p1/org-a");

        // Assert
        Assert.Equal((Eligibility, DecisionOutcome.Ineligible), (decision.RuleId, decision.Outcome));
        Assert.Equal("G8.no-preparation-commitment", decision.Reasons.Single().Code);
    }

    [Fact]
    public void Eligibility_PreparationCommitmentRequiredAndMade_DoesNotFire()
    {
        // Arrange
        var scenario = new AllocationScenario().Members("org-a").Project("p1", 2, requiresPreparation: true)
            .Interest("org-a", "p1").Commit("org-a", "p1", 100m, CommitmentPhase.Preparation);

        // Act
        var report = scenario.Evaluate();

        // Assert
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == Eligibility);
        Assert.Equal(DecisionOutcome.Admitted, Interest(report, "p1/org-a").Outcome);
    }

    [Fact]
    public void Eligibility_PreparationCommitmentOfPersonDays_CountsAsAPreparationCommitment()
    {
        // Arrange: the boundary — a commitment of person-days, not money, in the preparation phase.
        var scenario = new AllocationScenario().Members("org-a").Project("p1", 2, requiresPreparation: true)
            .Interest("org-a", "p1").CommitDays("org-a", "p1", 3m, CommitmentPhase.Preparation);

        // Act
        var report = scenario.Evaluate();

        // Assert
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == Eligibility);
        Assert.Equal(DecisionOutcome.Admitted, Interest(report, "p1/org-a").Outcome);
    }

    [Fact]
    public void NoAgreedRules_OversubscribedWithoutRules_MakesNoAllocation()
    {
        // Arrange
        var scenario = new AllocationScenario().Members("org-a", "org-b").Project("p1", 1).Interest("org-a", "p1").Interest("org-b", "p1");

        // Act
        var report = scenario.Evaluate();

        // Assert
        var project = Project(report, "p1");
        Assert.Equal((NoAgreedRules, DecisionOutcome.NotAllocated), (project.RuleId, project.Outcome));
        Assert.Equal(["G16.oversubscribed", "G16.no-competition-rules"], project.Reasons.Select(r => r.Code));
        Assert.All(["p1/org-a", "p1/org-b"], id => Assert.Equal("G16.project-not-allocated", Interest(report, id).Reasons.Single().Code));
        Assert.False(report.Allocation.Projects.Single().Allocated);
    }

    [Fact]
    public void NoAgreedRules_AMemberAgreedExactlyAtTheFreeze_IsRefusedAndNamed()
    {
        // Arrange: agreements count strictly before the freeze.
        var scenario = new AllocationScenario().Members("org-a", "org-b")
            .Project("p1", 1, competition: AllocationScenario.RulesAgreedAt(
                [("org-a", AllocationScenario.Freeze - Duration.FromHours(1)), ("org-b", AllocationScenario.Freeze)],
                CompetitionCriterion.CommittedAmount))
            .Interest("org-a", "p1").Interest("org-b", "p1");

        // Act
        var project = Project(scenario.Evaluate(), "p1");

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
        var tickBefore = AllocationScenario.Freeze - Duration.FromTicks(1);
        var scenario = new AllocationScenario().Members("org-a", "org-b")
            .Project("p1", 1, competition: AllocationScenario.RulesAgreedAt([("org-a", tickBefore), ("org-b", tickBefore)], CompetitionCriterion.CommittedAmount))
            .Interest("org-a", "p1").Interest("org-b", "p1").Commit("org-b", "p1", 100m);

        // Act
        var report = scenario.Evaluate();

        // Assert
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == NoAgreedRules);
        Assert.Equal((Outcome, DecisionOutcome.Allocated), (Project(report, "p1").RuleId, Project(report, "p1").Outcome));
        Assert.Equal(DecisionOutcome.Admitted, Interest(report, "p1/org-b").Outcome);
    }

    [Fact]
    public void NoAgreedRules_ProjectNotOversubscribed_NeedsNoRules()
    {
        // Arrange
        var scenario = new AllocationScenario().Members("org-a", "org-b").Project("p1", 2).Interest("org-a", "p1").Interest("org-b", "p1");

        // Act
        var report = scenario.Evaluate();

        // Assert
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == NoAgreedRules);
        Assert.All(["p1/org-a", "p1/org-b"], id => Assert.Equal(DecisionOutcome.Admitted, Interest(report, id).Outcome));
    }

    [Fact]
    public void ProjectNotRunnable_InitiativeNotRunnable_AllocatesNoPlaces()
    {
        // Arrange
        var scenario = new AllocationScenario().Members("org-a").Project("p1", 2, runnable: false).Interest("org-a", "p1");

        // Act
        var report = scenario.Evaluate();

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
        var scenario = new AllocationScenario().Members("org-a").Project("p1", 2).Interest("org-a", "p1");

        // Act
        var report = scenario.Evaluate();

        // Assert
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == NotRunnable);
    }

    [Fact]
    public void Outcome_Admitted_StatesTheRankOfTheEligibleForThePlaces()
    {
        // Arrange
        var scenario = ThreeForTwo();

        // Act
        var decision = Interest(scenario.Evaluate(), "p1/org-b");

        // Assert
        Assert.Equal((Outcome, DecisionOutcome.Admitted), (decision.RuleId, decision.Outcome));
        Assert.Equal(
            "Admitted to p1 at rank 1 of 3 for 2 places, with key (preparationCommitment no; involvement 9 person-days; lottery " + Ticket("org-b") + ").",
            decision.Reasons.Single().Text);
    }

    [Fact]
    public void Outcome_BelowCutoff_NamesTheCriterionAndBothValues()
    {
        // Arrange
        var scenario = ThreeForTwo();

        // Act
        var decision = Interest(scenario.Evaluate(), "p1/org-c");

        // Assert
        Assert.Equal((Outcome, DecisionOutcome.Waitlisted), (decision.RuleId, decision.Outcome));
        Assert.Equal("G16.below-cutoff", decision.Reasons.Single().Code);
        Assert.Equal(
            "Ranked 3 of 3 for 2 places at p1, below the cutoff at rank 2: it lost on involvement with 2 person-days against the cutoff's 5 person-days.",
            decision.Reasons.Single().Text);
    }

    [Fact]
    public void Outcome_NotReached_NamesTheProjectsThatFilledTheCap()
    {
        // Arrange: org-a's cap of 1 is filled by p1, which it ranks above p2.
        var scenario = new AllocationScenario().Members("org-a").Project("p1", 1).Project("p2", 1)
            .Interest("org-a", "p1").Interest("org-a", "p2").Cap("org-a", 1, "p1", "p2");

        // Act
        var decision = Interest(scenario.Evaluate(), "p2/org-a");

        // Assert
        Assert.Equal((Outcome, DecisionOutcome.Waitlisted), (decision.RuleId, decision.Outcome));
        Assert.Equal("G16.not-reached", decision.Reasons.Single().Code);
        Assert.Equal("Its cap of 1 place was filled by p1, which it ranked higher than p2; it did not compete here.", decision.Reasons.Single().Text);
    }

    [Fact]
    public void Outcome_NotReachedWithACapOfZero_SaysSoWithoutAnEmptyList()
    {
        // Arrange: regression — a cap of 0 fills with no project, and the text used to read "was filled by , which…".
        var scenario = new AllocationScenario().Members("org-a").Project("p1", 1).Interest("org-a", "p1").Cap("org-a", 0);

        // Act
        var decision = Interest(scenario.Evaluate(), "p1/org-a");

        // Assert
        Assert.Equal((Outcome, DecisionOutcome.Waitlisted), (decision.RuleId, decision.Outcome));
        Assert.Equal("Its cap is 0 places, so it takes no place and did not compete for p1.", decision.Reasons.Single().Text);
    }

    [Fact]
    public void Outcome_ProjectWithoutAgreedRules_DoesNotFire()
    {
        // Arrange
        var scenario = new AllocationScenario().Members("org-a", "org-b").Project("p1", 1).Interest("org-a", "p1").Interest("org-b", "p1");

        // Act
        var report = scenario.Evaluate();

        // Assert
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == Outcome);
    }

    [Fact]
    public void Lottery_TieAcrossTheCutoffWithoutASeed_IsRejectedAtTheSeedNamingTheTiedMembers()
    {
        // Arrange: three members with the same committed amount for two places: the lottery must decide.
        var scenario = Tie();
        scenario.Seed = null;

        // Act
        var error = Assert.Throws<SnapshotValidationException>(scenario.Evaluate);

        // Assert
        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.lotterySeed", problem.Path);
        Assert.Contains("org-a, org-b and org-c", problem.Message, StringComparison.Ordinal);
        Assert.Contains("(preparationCommitment, committedAmount)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lottery_TieWithASeed_IsDecidedByTheTickets()
    {
        // Arrange
        var scenario = Tie();

        // Act
        var report = scenario.Evaluate();

        // Assert: the two lowest tickets of the project's scope win.
        var expected = new[] { "org-a", "org-b", "org-c" }.OrderBy(m => LotteryTicket.Draw(scenario.Seed!, "p1", m)).Take(2).Order();
        var admitted = report.Allocation.Projects.Single().Entries.Where(e => e.Outcome == AllocationOutcomeKind.Admitted).Select(e => e.Member.Value).Order();
        Assert.Equal(expected, admitted);
    }

    [Fact]
    public void Lottery_TieOnlyAmongTheAdmittedWithoutASeed_NeedsNoSeed()
    {
        // Arrange: org-a and org-b tie, but both are admitted; org-c commits less and loses on the committed amount.
        var scenario = new AllocationScenario()
            .Members("org-a", "org-b", "org-c")
            .Project("p1", 2, competition: AllocationScenario.Rules(["org-a", "org-b", "org-c"], CompetitionCriterion.CommittedAmount))
            .Interest("org-a", "p1").Interest("org-b", "p1").Interest("org-c", "p1")
            .Commit("org-a", "p1", 100m).Commit("org-b", "p1", 100m).Commit("org-c", "p1", 50m);
        scenario.Seed = null;

        // Act
        var report = scenario.Evaluate();

        // Assert
        Assert.Equal(DecisionOutcome.Waitlisted, Interest(report, "p1/org-c").Outcome);
        Assert.Equal("G16.below-cutoff", Interest(report, "p1/org-c").Reasons.Single().Code);
    }

    private static AllocationScenario ThreeForTwo()
        => new AllocationScenario()
            .Members("org-a", "org-b", "org-c")
            .Project("p1", 2, competition: AllocationScenario.Rules(["org-a", "org-b", "org-c"], CompetitionCriterion.Involvement))
            .Interest("org-a", "p1", personDays: 5m).Interest("org-b", "p1", personDays: 9m).Interest("org-c", "p1", personDays: 2m);

    private static AllocationScenario Tie()
        => new AllocationScenario()
            .Members("org-a", "org-b", "org-c")
            .Project("p1", 2, competition: AllocationScenario.Rules(["org-a", "org-b", "org-c"], CompetitionCriterion.CommittedAmount))
            .Interest("org-a", "p1").Interest("org-b", "p1").Interest("org-c", "p1")
            .Commit("org-a", "p1", 100m).Commit("org-b", "p1", 100m).Commit("org-c", "p1", 100m);

    private static string Ticket(string member) => LotteryTicket.ToHex(LotteryTicket.Draw("seed-2026", "p1", member));

    private static Decision Interest(GovernanceReport report, string id) => report.For(SubjectKind.Interest, id).Single();

    private static Decision Project(GovernanceReport report, string id) => report.For(SubjectKind.Project, id).Single();
}
