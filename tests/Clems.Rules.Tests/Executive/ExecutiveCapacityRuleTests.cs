using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;
using EngineAgainstReference = Clems.Rules.Tests.Differential.Differential;

namespace Clems.Rules.Tests.Executive;

public sealed class ExecutiveCapacityRuleTests
{
    private static readonly GovernanceEngine s_engine = Engines.Shared;

    private static FrameworkVersion Capacity(int capacity, Currency? comparison = null, params ExchangeRate[] rates)
        => new(new FrameworkVersionId("v1"), Dates.FrameworkAdopted, Dates.Joined, new FrameworkParameters(executiveCapacity: capacity) { ComparisonCurrency = comparison, ExchangeRates = [.. rates] });

    private static InitiativeBuilder Funded(string id, Money contribution, Instant? readyAt = null)
        => An.Initiative(id).By("org-a").WithBudget(contribution).WithFundingSources(new FundingSource(FundingKind.MemberContribution, contribution, new OrganizationId("org-a"))).ReadyAt(readyAt);

    private static FundingSource Contribution(Money amount, string contributor)
        => new(FundingKind.MemberContribution, amount, new OrganizationId(contributor));

    private static Decision CapacityDecision(GovernanceReport report, string id)
        => Assert.Single(report.For(SubjectKind.Initiative, id), d => d.RuleId == "Executive.Capacity");

    [Fact]
    public void RunnableInitiatives_ExactlyAtCapacity_AreAllSupported()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(2))
            .With(Funded("i-1", Ron(100m)), Funded("i-2", Ron(200m))).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-1").Outcome);
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-2").Outcome);
        Assert.Contains(CapacityDecision(report, "i-1").Reasons, r => r.Text == "All 2 runnable initiatives fit within the capacity of 2, so none queues.");
    }

    [Fact]
    public void LoneRunnableInitiative_CapacityOfOne_CapacityReasonCountsInTheSingular()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1))
            .With(Funded("i-1", Ron(100m))).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        var decision = CapacityDecision(report, "i-1");
        Assert.Equal(
            "Framework v1 lets the executive team support 1 runnable initiative at once; 1 initiative is runnable.",
            decision.Reasons.Single(r => r.Code == "G12.capacity").Text);
    }

    [Fact]
    public void LoneRunnableInitiative_CapacityOfOne_FitsWithinIt()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1))
            .With(Funded("i-1", Ron(100m))).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        var decision = CapacityDecision(report, "i-1");
        Assert.Equal(DecisionOutcome.Supported, decision.Outcome);
        Assert.Equal(
            "The only runnable initiative fits within the capacity of 1, so none queues.",
            decision.Reasons.Single(r => r.Code == "G12.within-capacity").Text);
    }

    [Fact]
    public void MixedCurrencies_ExactlyAtCapacityWithoutRate_AreAllSupportedWithoutComparing()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(2))
            .With(Funded("i-1", Ron(100m)), Funded("i-2", Eur(100m))).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-1").Outcome);
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-2").Outcome);
    }

    [Fact]
    public void RunnableInitiatives_OneBeyondCapacity_SmallestCommitmentQueues()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(2))
            .With(Funded("i-1", Ron(100m)), Funded("i-2", Ron(300m)), Funded("i-3", Ron(200m))).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        var queued = CapacityDecision(report, "i-1");
        Assert.Equal(DecisionOutcome.Queued, queued.Outcome);
        Assert.Equal(["G12.committed", "G12.capacity", "G12.queue-position"], queued.Reasons.Select(r => r.Code));
        Assert.StartsWith("Position 1 of 1 in the queue", queued.Reasons[2].Text, System.StringComparison.Ordinal);
        Assert.Contains("(i-3), ranks higher because its members committed 200.00 RON against 100.00 RON", queued.Reasons[2].Text, System.StringComparison.Ordinal);
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-3").Outcome);
    }

    [Fact]
    public void RunnableInitiatives_OneBeyondCapacityOfOne_FirstInQueueHasTheSupportedOneAhead()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1))
            .With(Funded("i-1", Ron(100m)), Funded("i-2", Ron(200m))).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        var queued = CapacityDecision(report, "i-1");
        Assert.Equal(DecisionOutcome.Queued, queued.Outcome);
        Assert.StartsWith(
            "Position 1 of 1 in the queue: the initiative ahead of it is supported",
            queued.Reasons.Single(r => r.Code == "G12.queue-position").Text,
            System.StringComparison.Ordinal);
    }

    [Fact]
    public void EqualCommitments_BeyondCapacity_EarlierReadinessGoesFirst()
    {
        // Arrange
        var early = Instant.FromUtc(2026, 1, 10, 9, 0);
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1))
            .With(Funded("i-a", Ron(500m), early.PlusTicks(1)), Funded("i-b", Ron(500m), early), Funded("i-c", Ron(500m))).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-b").Outcome);
        var second = CapacityDecision(report, "i-a");
        Assert.StartsWith("Position 1 of 2 in the queue", second.Reasons[2].Text, System.StringComparison.Ordinal);
        Assert.Contains("both have 500.00 RON committed and it was ready at 2026-01-10T09:00:00Z", second.Reasons[2].Text, System.StringComparison.Ordinal);
        Assert.StartsWith("Position 2 of 2 in the queue", CapacityDecision(report, "i-c").Reasons[2].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void MixedCurrencies_BeyondCapacityWithoutRate_IsAnInputErrorWithThePath()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1))
            .With(Funded("i-1", Ron(100m)), Funded("i-2", Eur(100m))).Build();

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => s_engine.Evaluate(snapshot, Dates.AsOf));

        // Assert
        var problem = Assert.Single(error.Problems);
        Assert.Equal("$.initiatives[1].funding[0].amount.currency", problem.Path);
    }

    [Fact]
    public void MixedCurrencies_WithDeclaredRate_CompareInTheComparisonCurrency()
    {
        // Arrange
        var framework = Capacity(1, Currency.Ron, new ExchangeRate(Currency.Eur, Currency.Ron, 4.97m));
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(framework)
            .With(Funded("i-1", Ron(400m)), Funded("i-2", Eur(100m))).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-2").Outcome);
        Assert.Equal("Members committed 100.00 EUR (497.00 RON at the framework's exchange rates) to Initiative i-2 (i-2) in member contributions.", CapacityDecision(report, "i-2").Reasons[0].Text);
        Assert.Equal(DecisionOutcome.Queued, CapacityDecision(report, "i-1").Outcome);
    }

    // G12: "resources committed by active members" — an organisation that was never a member commits nothing.
    [Fact]
    public void NeverMembersContribution_BeyondCapacity_DoesNotPutItsInitiativeAhead()
    {
        // Arrange
        var outsider = An.Initiative("i-2").By("org-a").WithBudget(Ron(1000m)).WithFundingSources(Contribution(Ron(1000m), "org-x"));
        var snapshot = A.Snapshot().With(A.Member("org-a"), A.NonMember("org-x")).WithFrameworks(Capacity(1))
            .With(Funded("i-1", Ron(100m)), outsider).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-1").Outcome);
        var queued = CapacityDecision(report, "i-2");
        Assert.Equal(DecisionOutcome.Queued, queued.Outcome);
        Assert.Contains("ranks higher because its members committed 100.00 RON against 0.00 RON", queued.Reasons[^1].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void LapsedMembersContribution_BeyondCapacity_IsNotCountedAndTheReasonNamesIt()
    {
        // Arrange
        var lapsed = A.Organization("org-l").Named("Lapsed Eco").MemberBetween(Dates.Joined, A.Date(2025, 12, 31));
        var initiative = An.Initiative("i-2").By("org-a").WithBudget(Ron(700m))
            .WithFundingSources(Contribution(Ron(200m), "org-a"), Contribution(Ron(500m), "org-l"));
        var snapshot = A.Snapshot().With(A.Member("org-a"), lapsed).WithFrameworks(Capacity(1))
            .With(Funded("i-1", Ron(300m)), initiative).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-1").Outcome);
        var queued = CapacityDecision(report, "i-2");
        Assert.Equal(DecisionOutcome.Queued, queued.Outcome);
        Assert.Equal(["G12.committed", "G12.contribution-not-counted", "G12.capacity", "G12.queue-position"], queued.Reasons.Select(r => r.Code));
        Assert.Equal("Members committed 200.00 RON to Initiative i-2 (i-2) in member contributions.", queued.Reasons[0].Text);
        Assert.Equal(
            "The member contribution of 500.00 RON by Lapsed Eco (org-l) is not counted as committed resources: Lapsed Eco is no longer a member: its membership ended on 2025-12-31 (as of 2026-03-01), and only what active members commit counts.",
            queued.Reasons[1].Text);
        Assert.Contains(queued.Facts, f => f.Kind == FactKind.Organization && f.Id == "org-l");
    }

    [Fact]
    public void NonCountingContributionInACurrencyWithoutRate_BeyondCapacity_IsNotAnInputError()
    {
        // Arrange
        var initiative = An.Initiative("i-2").By("org-a").WithBudget(Ron(200m))
            .WithFundingSources(Contribution(Ron(200m), "org-a"), Contribution(Eur(100m), "org-x"));
        var snapshot = A.Snapshot().With(A.Member("org-a"), A.NonMember("org-x")).WithFrameworks(Capacity(1, Currency.Ron))
            .With(Funded("i-1", Ron(300m)), initiative).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-1").Outcome);
        var queued = CapacityDecision(report, "i-2");
        Assert.Equal(DecisionOutcome.Queued, queued.Outcome);
        Assert.Single(queued.Reasons, r => r.Code == "G12.contribution-not-counted");
    }

    // The reference model, written from docs/areas/executive.md, decides these as the engine does.
    [Fact]
    public void ContributionsThatDoNotCount_EngineDecidesAsTheReference()
    {
        // Arrange
        var lapsed = A.Organization("org-l").MemberBetween(Dates.Joined, A.Date(2025, 12, 31));
        var suspended = A.Organization("org-s").SuspendedBetween(Dates.Joined);
        var mixed = An.Initiative("i-2").By("org-a").WithBudget(Ron(200m))
            .WithFundingSources(Contribution(Ron(200m), "org-a"), Contribution(Eur(100m), "org-x"), Contribution(Ron(900m), "org-l"));
        var suspendedOnly = An.Initiative("i-3").By("org-a").WithBudget(Ron(800m)).WithFundingSources(Contribution(Ron(800m), "org-s"));
        ClusterSnapshot Snapshot(FrameworkVersion framework)
            => A.Snapshot().With(A.Member("org-a"), A.NonMember("org-x"), lapsed, suspended).WithFrameworks(framework)
                .With(Funded("i-1", Ron(300m)), mixed, suspendedOnly).Build();

        // Act and assert
        EngineAgainstReference.AssertSameDecisions(Snapshot(Capacity(1)), Dates.AsOf);
        EngineAgainstReference.AssertSameDecisions(Snapshot(Capacity(2, Currency.Ron)), Dates.AsOf);
    }
}
