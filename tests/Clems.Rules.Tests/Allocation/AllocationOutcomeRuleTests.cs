using System;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using Xunit.Abstractions;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Allocation;

/// Allocation.Outcome through the engine (G8, G16): each project's allocation explained, admitted, below the cutoff or not
/// reached, with the lottery deciding ties across the cutoff.
public sealed class AllocationOutcomeRuleTests(ITestOutputHelper output)
{
    private const string Outcome = "Allocation.Outcome";

    [Fact]
    public void Outcome_OversubscribedProjectWithAgreedRules_AdmitsByKeyAndExplainsEveryInterest()
    {
        // Arrange
        var scenario = An.AllocationScenario()
            .Members("org-a", "org-b", "org-c", "org-d")
            .Project("p1", 2, competition: AgreedRules(["org-a", "org-b", "org-c", "org-d"], CompetitionCriterion.CommittedAmount))
            .Interest("org-a", "p1").Interest("org-b", "p1").Interest("org-c", "p1").Interest("org-d", "p1")
            .Commit("org-a", "p1", 500m)
            .Commit("org-b", "p1", 3000m)
            .Commit("org-c", "p1", 100m, CommitmentPhase.Preparation)
            .Commit("org-d", "p1", 2000m);

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert
        foreach (var d in report.Decisions.Where(d => d.Subject.Kind is SubjectKind.Project or SubjectKind.Interest))
        {
            output.WriteLine($"{d.Subject} {d.Outcome} {d.RuleId}: {string.Join(" | ", d.Reasons.Select(r => r.Text))}");
        }

        var p1 = report.Allocation.Projects.Single();
        Assert.Equal(["org-c", "org-b", "org-d", "org-a"], p1.Entries.Select(e => e.Member.Value));
        Assert.Equal(2, p1.CutoffRank);
        Assert.Equal(DecisionOutcome.Admitted, report.For(SubjectKind.Interest, "p1/org-c").Single().Outcome);
        Assert.Equal(DecisionOutcome.Waitlisted, report.For(SubjectKind.Interest, "p1/org-d").Single().Outcome);
        Assert.Contains("lost on committedAmount with 2,000.00 RON against the cutoff's 3,000.00 RON", report.For(SubjectKind.Interest, "p1/org-d").Single().Reasons.Single().Text, System.StringComparison.Ordinal);
        Assert.Empty(AllocationChecker.Check(report.Allocation));
    }

    [Fact]
    public void Outcome_Admitted_StatesTheRankOfTheEligibleForThePlaces()
    {
        // Arrange
        var scenario = ThreeForTwo();

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-b");

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
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-c");

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
        var scenario = An.AllocationScenario().Members("org-a").Project("p1", 1).Project("p2", 1)
            .Interest("org-a", "p1").Interest("org-a", "p2").Cap("org-a", 1, "p1", "p2");

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p2/org-a");

        // Assert
        Assert.Equal((Outcome, DecisionOutcome.Waitlisted), (decision.RuleId, decision.Outcome));
        Assert.Equal("G16.not-reached", decision.Reasons.Single().Code);
        Assert.Equal("Its cap of 1 place was filled by p1, which it ranked higher than p2; it did not compete here.", decision.Reasons.Single().Text);
    }

    [Fact]
    public void Outcome_NotReachedWithAPartialRanking_PutsTheRankedProjectBeforeTheUnranked()
    {
        // Arrange: org-a ranks only p2; by default it would propose to p1 (the project id) first.
        var scenario = An.AllocationScenario().Members("org-a").Project("p1", 1).Project("p2", 1)
            .Interest("org-a", "p1").Interest("org-a", "p2").Cap("org-a", 1, "p2");

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-a");

        // Assert
        Assert.Equal("Its cap of 1 place was filled by p2, which it ranked higher than p1; it did not compete here.", decision.Reasons.Single().Text);
    }

    [Fact]
    public void Outcome_NotReachedWithACapOfZero_SaysSoWithoutAnEmptyList()
    {
        // Arrange: a cap of 0 fills with no project; the sentence must not name an empty list ("was filled by , which…").
        var scenario = An.AllocationScenario().Members("org-a").Project("p1", 1).Interest("org-a", "p1").Cap("org-a", 0);

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-a");

        // Assert
        Assert.Equal((Outcome, DecisionOutcome.Waitlisted), (decision.RuleId, decision.Outcome));
        Assert.Equal("Its cap is 0 places, so it takes no place and did not compete for p1.", decision.Reasons.Single().Text);
    }

    [Fact]
    public void Outcome_Project_StatesThePlacesTheEligibleAndTheAdmitted()
    {
        // Arrange
        var scenario = ThreeForTwo();

        // Act
        var decision = scenario.EvaluateAllocation().For(SubjectKind.Project, "p1").Single();

        // Assert
        Assert.Equal((Outcome, DecisionOutcome.Allocated), (decision.RuleId, decision.Outcome));
        Assert.Equal("Project p1 offers 2 places; 3 eligible interests; 2 admitted.", decision.Reasons.Single(r => r.Code == "G16.places").Text);
    }

    [Fact]
    public void Outcome_ProjectWithOnePlaceAndOneInterest_CountsInTheSingular()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a").Project("p1", 1).Interest("org-a", "p1");

        // Act
        var decision = scenario.EvaluateAllocation().For(SubjectKind.Project, "p1").Single();

        // Assert
        Assert.Equal("Project p1 offers 1 place; 1 eligible interest; 1 admitted.", decision.Reasons.Single(r => r.Code == "G16.places").Text);
    }

    [Fact]
    public void Outcome_NotReachedWithACapOfTwo_CountsThePlacesInThePlural()
    {
        // Arrange: org-a's cap of 2 is filled by p1 and p2, which it ranks above p3.
        var scenario = An.AllocationScenario().Members("org-a").Project("p1", 1).Project("p2", 1).Project("p3", 1)
            .Interest("org-a", "p1").Interest("org-a", "p2").Interest("org-a", "p3").Cap("org-a", 2, "p1", "p2", "p3");

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p3/org-a");

        // Assert
        Assert.Equal("Its cap of 2 places was filled by p1 and p2, which it ranked higher than p3; it did not compete here.", decision.Reasons.Single().Text);
    }

    [Fact]
    public void Outcome_AdmittedWithoutASeed_ShowsTheLotteryAsNotDrawn()
    {
        // Arrange: no tie crosses the cutoff, so no seed is needed and no ticket is drawn.
        var scenario = ThreeForTwo();
        scenario.WithoutLotterySeed();

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-b");

        // Assert
        Assert.Equal(
            "Admitted to p1 at rank 1 of 3 for 2 places, with key (preparationCommitment no; involvement 9 person-days; lottery not drawn).",
            decision.Reasons.Single().Text);
    }

    [Fact]
    public void Outcome_AdmittedOnMembershipSeniority_ShowsTheMembershipStart()
    {
        // Arrange
        var scenario = An.AllocationScenario()
            .Members("org-a", "org-b")
            .Project("p1", 1, competition: AgreedRules(["org-a", "org-b"], CompetitionCriterion.MembershipSeniority))
            .Interest("org-a", "p1").Interest("org-b", "p1");

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-a");

        // Assert
        Assert.Contains("membershipSeniority member since 2020-01-01;", decision.Reasons.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcome_AdmittedOnEarlierCommitment_ShowsTheFirstOfTheMembersCommitments()
    {
        // Arrange: org-a commits twice, at 09:00 and at 09:10.
        var scenario = An.AllocationScenario()
            .Members("org-a", "org-b")
            .Project("p1", 1, competition: AgreedRules(["org-a", "org-b"], CompetitionCriterion.EarlierCommitment))
            .Interest("org-a", "p1").Interest("org-b", "p1")
            .Commit("org-a", "p1", 100m).Commit("org-a", "p1", 100m, minutes: 10).Commit("org-b", "p1", 100m, minutes: 20);

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-a");

        // Assert
        Assert.Equal(DecisionOutcome.Admitted, decision.Outcome);
        Assert.Contains("earlierCommitment 2026-01-10T09:00:00Z;", decision.Reasons.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcome_ClusterLotteryScope_ShowsTheClusterWideTicket()
    {
        // Arrange
        var scenario = An.AllocationScenario()
            .Members("org-a", "org-b", "org-c")
            .Project("p1", 2, competition: AgreedRules(["org-a", "org-b", "org-c"], LotteryScope.Cluster, CompetitionCriterion.Involvement))
            .Interest("org-a", "p1", personDays: 5m).Interest("org-b", "p1", personDays: 9m).Interest("org-c", "p1", personDays: 2m);

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-b");

        // Assert
        Assert.EndsWith("lottery " + LotteryTicket.ToHex(LotteryTicket.Draw("seed-2026", string.Empty, "org-b")) + ").", decision.Reasons.Single().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcome_ProjectWithoutAgreedRules_DoesNotFire()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a", "org-b").Project("p1", 1).Interest("org-a", "p1").Interest("org-b", "p1");

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == Outcome);
    }

    [Fact]
    public void Lottery_TieAcrossTheCutoffWithoutASeed_IsRejectedAtTheSeedNamingTheTiedMembers()
    {
        // Arrange: three members with the same committed amount for two places: the lottery must decide.
        var scenario = Tie();
        scenario.WithoutLotterySeed();

        // Act
        var error = Assert.Throws<SnapshotValidationException>(scenario.Evaluate);

        // Assert
        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.lotterySeed", problem.Path);
        Assert.Contains("org-a, org-b and org-c", problem.Message, StringComparison.Ordinal);
        Assert.Contains("(preparationCommitment, committedAmount)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lottery_TieAcrossTheCutoffWithoutASeed_AsksForTheSeedDrawnAfterTheFreeze()
    {
        // Arrange
        var scenario = Tie();
        scenario.WithoutLotterySeed();

        // Act
        var error = Assert.Throws<SnapshotValidationException>(scenario.Evaluate);

        // Assert
        Assert.EndsWith(
            "but the scenario publishes no lotterySeed. Publish the seed drawn after the competition rules were frozen (G16).",
            Assert.Single(error.Problems).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Lottery_TieForOnePlaceWithoutASeed_IsRejectedAtTheSeed()
    {
        // Arrange: the first interest of the projection is the cutoff, tied with the second.
        var scenario = An.AllocationScenario()
            .Members("org-a", "org-b")
            .Project("p1", 1, competition: AgreedRules(["org-a", "org-b"], CompetitionCriterion.CommittedAmount))
            .Interest("org-a", "p1").Interest("org-b", "p1")
            .Commit("org-a", "p1", 100m).Commit("org-b", "p1", 100m);
        scenario.WithoutLotterySeed();

        // Act
        var error = Assert.Throws<SnapshotValidationException>(scenario.Evaluate);

        // Assert
        Assert.Contains("org-a and org-b tie on every criterion", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lottery_ProjectWithNoPlacesWithoutASeed_NeedsNoSeed()
    {
        // Arrange: no place, so no cutoff for a tie to cross.
        var scenario = An.AllocationScenario()
            .Members("org-a")
            .Project("p1", 0, competition: AgreedRules(["org-a"], CompetitionCriterion.CommittedAmount))
            .Interest("org-a", "p1");
        scenario.WithoutLotterySeed();

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-a");

        // Assert
        Assert.Equal(("G16.no-places", DecisionOutcome.Waitlisted), (decision.Reasons.Single().Code, decision.Outcome));
    }

    [Fact]
    public void Lottery_TieWithASeed_IsDecidedByTheTickets()
    {
        // Arrange
        var scenario = Tie();

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert: the two lowest tickets of the project's scope win.
        var expected = new[] { "org-a", "org-b", "org-c" }.OrderBy(m => LotteryTicket.Draw(scenario.LotterySeed!, "p1", m)).Take(2).Order();
        var admitted = report.Allocation.Projects.Single().Entries.Where(e => e.Outcome == AllocationOutcomeKind.Admitted).Select(e => e.Member.Value).Order();
        Assert.Equal(expected, admitted);
    }

    [Fact]
    public void Lottery_TieOnlyAmongTheAdmittedWithoutASeed_NeedsNoSeed()
    {
        // Arrange: org-a and org-b tie, but both are admitted; org-c commits less and loses on the committed amount.
        var scenario = Committing(places: 2, 100m, 100m, 50m);
        scenario.WithoutLotterySeed();

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert
        Assert.Equal(DecisionOutcome.Waitlisted, Interest(report, "p1/org-c").Outcome);
        Assert.Equal("G16.below-cutoff", Interest(report, "p1/org-c").Reasons.Single().Code);
    }

    [Fact]
    public void Lottery_TieOnlyBelowTheCutoffWithoutASeed_NeedsNoSeed()
    {
        // Arrange: org-b commits most and takes the one place; org-a and org-c tie below it.
        var scenario = Committing(places: 1, 100m, 200m, 100m);
        scenario.WithoutLotterySeed();

        // Act
        var report = scenario.EvaluateAllocation();

        // Assert
        Assert.Equal(DecisionOutcome.Admitted, Interest(report, "p1/org-b").Outcome);
        Assert.Equal("G16.below-cutoff", Interest(report, "p1/org-a").Reasons.Single().Code);
    }

    private static SnapshotBuilder ThreeForTwo()
        => An.AllocationScenario()
            .Members("org-a", "org-b", "org-c")
            .Project("p1", 2, competition: AgreedRules(["org-a", "org-b", "org-c"], CompetitionCriterion.Involvement))
            .Interest("org-a", "p1", personDays: 5m).Interest("org-b", "p1", personDays: 9m).Interest("org-c", "p1", personDays: 2m);

    private static SnapshotBuilder Tie() => Committing(places: 2, 100m, 100m, 100m);

    // org-a, org-b and org-c compete for p1 on the committed amount, committing a, b and c.
    private static SnapshotBuilder Committing(int places, decimal a, decimal b, decimal c)
        => An.AllocationScenario()
            .Members("org-a", "org-b", "org-c")
            .Project("p1", places, competition: AgreedRules(["org-a", "org-b", "org-c"], CompetitionCriterion.CommittedAmount))
            .Interest("org-a", "p1").Interest("org-b", "p1").Interest("org-c", "p1")
            .Commit("org-a", "p1", a).Commit("org-b", "p1", b).Commit("org-c", "p1", c);

    private static string Ticket(string member) => LotteryTicket.ToHex(LotteryTicket.Draw("seed-2026", "p1", member));

    private static Decision Interest(GovernanceReport report, string id) => report.For(SubjectKind.Interest, id).Single();
}
