using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;

namespace Clems.Rules.Tests.Executive;

public sealed class ExecutiveAreaTests
{
    private static readonly GovernanceEngine s_engine = Engines.Shared;

    private static FrameworkVersion Capacity(int capacity, Currency? comparison = null)
        => new(new FrameworkVersionId("v1"), Dates.FrameworkAdopted, Dates.Joined, new FrameworkParameters(executiveCapacity: capacity) { ComparisonCurrency = comparison });

    private static InitiativeBuilder Funded(string id, Money contribution, Instant? readyAt = null)
        => An.Initiative(id).By("org-a").WithBudget(contribution).WithFundingSources(new FundingSource(FundingKind.MemberContribution, contribution, new OrganizationId("org-a"))).ReadyAt(readyAt);

    [Fact]
    public void IncomparableContribution_WithoutComparisonCurrency_IsAProblemSayingHowToFixIt()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1))
            .With(Funded("i-1", Ron(100m)), Funded("i-2", Eur(100m))).Build();

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => s_engine.Evaluate(snapshot, Dates.AsOf));

        // Assert
        var problem = Assert.Single(error.Problems);
        Assert.Equal(
            "$.initiatives[1].funding[0].amount.currency: The runnable initiatives exceed the executive capacity, so their committed resources must be compared (G12), "
            + "but the member contribution of 100.00 EUR to i-2 cannot be: framework v1 declares no comparisonCurrency, and other contributions are in another currency. "
            + "Set the framework's comparisonCurrency and exchangeRates, or state every contribution in one currency.",
            problem.ToString());
    }

    [Fact]
    public void IncomparableContribution_WithComparisonCurrencyButNoRate_IsAProblemNamingTheMissingRate()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1, Currency.Ron))
            .With(Funded("i-1", Eur(100m)), Funded("i-2", Ron(100m))).Build();

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => s_engine.Evaluate(snapshot, Dates.AsOf));

        // Assert
        var problem = Assert.Single(error.Problems);
        Assert.Equal(
            "$.initiatives[0].funding[0].amount.currency: The runnable initiatives exceed the executive capacity, so their committed resources must be compared (G12), "
            + "but the member contribution of 100.00 EUR to i-1 cannot be: framework v1 compares them in RON and declares no rate between EUR and RON. "
            + "Add the rate to the framework's exchangeRates, or state the contribution in RON.",
            problem.ToString());
    }

    [Fact]
    public void IncomparableContribution_OfAnInitiativeThatIsNotRunnable_IsNeverCompared()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1))
            .With(Funded("i-1", Ron(100m)), Funded("i-2", Ron(200m)), Funded("i-3", Eur(100m)).WithoutActivities()).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.DoesNotContain(report.Decisions, d => d.RuleId == "Executive.Capacity" && d.Subject.Id == "i-3");
    }

    [Fact]
    public void LoneRunnableInitiative_InTwoCurrenciesAtCapacityZero_QueuesWithoutComparing()
    {
        // Arrange
        var initiative = An.Initiative("i-1").By("org-a").WithBudget(Ron(100m)).WithFundingSources(
            new FundingSource(FundingKind.MemberContribution, Ron(100m), new OrganizationId("org-a")),
            new FundingSource(FundingKind.MemberContribution, Eur(10m), new OrganizationId("org-a")));
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(0)).With(initiative).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Contains(report.Decisions, d => d.RuleId == "Executive.Capacity" && d.Outcome == Clems.Rules.Decisions.DecisionOutcome.Queued);
    }
}
