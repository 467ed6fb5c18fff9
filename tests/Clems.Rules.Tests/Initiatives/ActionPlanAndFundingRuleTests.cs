using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Initiatives;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;

namespace Clems.Rules.Tests.Initiatives;

public sealed class ActionPlanAndFundingRuleTests
{
    private readonly RuleTestFixture<ActionPlanAndFundingRule> _fixture = new();

    private static SnapshotBuilder Cluster(InitiativeBuilder initiative)
        => A.Snapshot().With(A.Member("org-a")).With(initiative.By("org-a"));

    [Fact]
    public void Initiative_WithoutActivities_IsNotRunnableForLackOfActionPlan()
    {
        // Arrange
        var snapshot = Cluster(An.Initiative("i-1").WithoutActivities());

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(DecisionOutcome.NotRunnable, decision.Outcome);
        Assert.Equal("Initiatives.ActionPlanAndFunding", decision.RuleId);
        Assert.Equal([ClauseId.Parse("G11")], decision.Clauses.ToArray());
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal("G11.no-action-plan", reason.Code);
        Assert.Equal("Initiative i-1 has no action plan: at least one activity with its dates is needed.", reason.Text);
    }

    [Fact]
    public void Initiative_WithoutBudgetLines_IsNotRunnableForLackOfBudget()
    {
        // Arrange
        var snapshot = Cluster(An.Initiative("i-1").WithoutBudget().WithFunding(Ron(5_000m)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G11.no-budget", reason.Code);
        Assert.Equal("Initiative i-1 has no budget with amounts: list what the money is for and how much.", reason.Text);
    }

    [Fact]
    public void Initiative_WithBudgetTotalZero_IsNotRunnableForLackOfBudget()
    {
        // Arrange
        var snapshot = Cluster(An.Initiative("i-1").WithBudget(Ron(0m), Ron(0m)).WithFunding(Ron(0m)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G11.no-budget", reason.Code);
    }

    [Fact]
    public void Funding_ShortOfTheBudget_IsAReasonWithBothAmounts()
    {
        // Arrange
        var snapshot = Cluster(An.Initiative("i-1").WithBudget(Ron(5_000m), Ron(7_000m)).WithFunding(Ron(3_000m), Ron(5_000m)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G11.funding-short", reason.Code);
        Assert.Equal("Funding covers 8,000.00 RON of 12,000.00 RON; 4,000.00 RON is not covered.", reason.Text);
    }

    [Fact]
    public void Funding_ExactlyEqualToTheBudget_Covers()
    {
        // Arrange
        var snapshot = Cluster(An.Initiative("i-1").WithBudget(Ron(12_000m)).WithFunding(Ron(8_000m), Ron(4_000m)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
        Assert.Empty(_fixture.Decisions);
    }

    [Fact]
    public void Funding_OneCentShort_DoesNotCover()
    {
        // Arrange
        var snapshot = Cluster(An.Initiative("i-1").WithBudget(Ron(12_000m)).WithFunding(Ron(11_999.99m)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertFired(1);
        Assert.Equal(
            "Funding covers 11,999.99 RON of 12,000.00 RON; 0.01 RON is not covered.",
            Assert.Single(_fixture.SingleDecision().Reasons).Text);
    }

    [Fact]
    public void Funding_InAnotherCurrency_IsNotCountedAndIsItsOwnReason()
    {
        // Arrange
        var snapshot = Cluster(An.Initiative("i-1").WithBudget(Ron(12_000m)).WithFunding(Ron(8_000m), Eur(4_000m)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reasons = _fixture.SingleDecision().Reasons;
        Assert.Equal(["G11.funding-short", "G11.funding-other-currency"], reasons.Select(r => r.Code));
        Assert.Equal("Funding covers 8,000.00 RON of 12,000.00 RON; 4,000.00 RON is not covered.", reasons[0].Text);
        Assert.Equal(
            "Funding of 4,000.00 EUR is in another currency than the budget (RON) and is not counted without an exchange rate.",
            reasons[1].Text);
    }

    [Fact]
    public void Funding_InTwoOtherCurrencies_ListsEachCurrencysTotal()
    {
        // Arrange
        var usd = new Money(1_000m, new Currency("USD"));
        var snapshot = Cluster(An.Initiative("i-1").WithBudget(Ron(12_000m)).WithFunding(Ron(8_000m), usd, Eur(4_000m)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal(
            "Funding of 4,000.00 EUR, 1,000.00 USD is in another currency than the budget (RON) and is not counted without an exchange rate.",
            _fixture.SingleDecision().Reasons.Single(r => r.Code == "G11.funding-other-currency").Text);
    }

    [Fact]
    public void Initiative_WithEveryGap_GivesOneReasonPerGap()
    {
        // Arrange
        var snapshot = Cluster(An.Initiative("i-1").WithoutActivities().WithBudget(Ron(12_000m)).WithFunding(Ron(8_000m), Eur(1_000m)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertFired(1);
        Assert.Equal(
            ["G11.no-action-plan", "G11.funding-short", "G11.funding-other-currency"],
            _fixture.SingleDecision().Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Initiative_WithNoPlanNoBudgetNoFunding_GivesThreeReasons()
    {
        // Arrange
        var snapshot = Cluster(An.Initiative("i-1").WithoutActivities().WithoutBudget().WithoutFunding());

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal(
            ["G11.no-action-plan", "G11.no-budget", "G11.no-funding"],
            _fixture.SingleDecision().Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Initiative_WithFundedActionPlan_GetsNoG11Decision()
    {
        // Arrange
        var snapshot = Cluster(An.Initiative("i-1"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
        Assert.DoesNotContain(_fixture.Query<InitiativeFinding>(), f => f.Stopped);
    }

    [Fact]
    public void Gap_InsertsAFindingForTheInitiative()
    {
        // Arrange
        var snapshot = Cluster(An.Initiative("i-1").WithoutActivities());

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertFiredWith<InitiativeFact>(f => f.Initiative.Id.Value == "i-1");
        Assert.Equal("i-1", Assert.Single(_fixture.Query<InitiativeFinding>(), f => f.Stopped).Initiative.Initiative.Id.Value);
    }
}
