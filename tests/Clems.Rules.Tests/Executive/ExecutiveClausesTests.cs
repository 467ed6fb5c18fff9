using Clems.Rules.Executive;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;

namespace Clems.Rules.Tests.Executive;

public sealed class ExecutiveClausesTests
{
    private static Initiative Contributing(string id, params Money[] contributions)
        => An.Initiative(id).By("org-a").WithFundingSources([.. System.Linq.Enumerable.Select(contributions, m => new FundingSource(FundingKind.MemberContribution, m, new OrganizationId("org-a")))]).Build();

    // G12: "the executive team does not have the resources available for all ideas" — a queue forms only beyond the
    // capacity, and a lone initiative is compared with nothing.
    [Theory]
    [InlineData(1, 0, false)]
    [InlineData(2, 2, false)]
    [InlineData(2, 1, true)]
    [InlineData(2, 0, true)]
    public void QueueComparesCommitments_RunnableAgainstCapacity_ComparesOnlyWhenOneQueuesBehindAnother(int runnable, int capacity, bool compares)
    {
        // Act
        var result = ExecutiveClauses.QueueComparesCommitments(runnable, capacity);

        // Assert
        Assert.Equal(compares, result);
    }

    [Fact]
    public void CommitmentsComparable_RateDeclaredTheOtherWay_ConvertsIntoTheComparisonCurrency()
    {
        // Arrange
        var parameters = new FrameworkParameters() { ComparisonCurrency = Currency.Eur, ExchangeRates = [new ExchangeRate(Currency.Eur, Currency.Ron, 4.97m)] };

        // Act
        var comparable = ExecutiveClauses.CommitmentsComparable([Contributing("i-1", Ron(100m)), Contributing("i-2", Eur(100m))], parameters);

        // Assert
        Assert.True(comparable);
    }

    [Fact]
    public void CommitmentsComparable_NoComparisonCurrencyAndOneInitiativeInTwoCurrencies_IsNotComparable()
    {
        // Act
        var comparable = ExecutiveClauses.CommitmentsComparable([Contributing("i-1", Ron(100m), Eur(1m))], FrameworkParameters.Defaults);

        // Assert
        Assert.False(comparable);
    }

    [Fact]
    public void CommitmentsComparable_FundingOtherThanMemberContributionsInAnotherCurrency_IsNotCompared()
    {
        // Arrange
        var publicFunds = An.Initiative("i-2").By("org-a").WithFundingSources(new FundingSource(FundingKind.PublicFunds, Eur(100m))).Build();

        // Act
        var comparable = ExecutiveClauses.CommitmentsComparable([Contributing("i-1", Ron(100m)), publicFunds], FrameworkParameters.Defaults);

        // Assert
        Assert.True(comparable);
    }
}
