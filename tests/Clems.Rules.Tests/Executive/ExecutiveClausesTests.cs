using System.Collections.Generic;
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
    // org-a is an active member on Dates.AsOf; org-x was never a member.
    private static readonly ContributorStandings s_contributors = new(new Dictionary<OrganizationId, MemberStanding>
    {
        [new OrganizationId("org-a")] = Standing(A.Member("org-a")),
        [new OrganizationId("org-x")] = Standing(A.NonMember("org-x")),
    });

    private static MemberStanding Standing(OrganizationBuilder organization)
        => MemberStanding.Resolve(organization.Build(), [.. organization.BuildTerms()], Dates.AsOf);

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
        var comparable = ExecutiveClauses.CommitmentsComparable([Contributing("i-1", Ron(100m)), Contributing("i-2", Eur(100m))], parameters, s_contributors);

        // Assert
        Assert.True(comparable);
    }

    [Fact]
    public void CommitmentsComparable_NoComparisonCurrencyAndOneInitiativeInTwoCurrencies_IsNotComparable()
    {
        // Act
        var comparable = ExecutiveClauses.CommitmentsComparable([Contributing("i-1", Ron(100m), Eur(1m))], FrameworkParameters.Defaults, s_contributors);

        // Assert
        Assert.False(comparable);
    }

    [Fact]
    public void CommitmentsComparable_FundingOtherThanMemberContributionsInAnotherCurrency_IsNotCompared()
    {
        // Arrange
        var publicFunds = An.Initiative("i-2").By("org-a").WithFundingSources(new FundingSource(FundingKind.PublicFunds, Eur(100m))).Build();

        // Act
        var comparable = ExecutiveClauses.CommitmentsComparable([Contributing("i-1", Ron(100m)), publicFunds], FrameworkParameters.Defaults, s_contributors);

        // Assert
        Assert.True(comparable);
    }

    // G12: "resources committed by active members" — a never-member's contribution in another currency is not compared.
    [Fact]
    public void CommitmentsComparable_NeverMembersContributionInAnotherCurrency_IsNotCompared()
    {
        // Arrange
        var outsider = An.Initiative("i-2").By("org-a").WithFundingSources(new FundingSource(FundingKind.MemberContribution, Eur(100m), new OrganizationId("org-x"))).Build();

        // Act
        var comparable = ExecutiveClauses.CommitmentsComparable([Contributing("i-1", Ron(100m)), outsider], FrameworkParameters.Defaults, s_contributors);

        // Assert
        Assert.True(comparable);
    }

    [Fact]
    public void Counts_ActiveMemberNeverMemberAndNoContributor_CountsOnlyTheActiveMember()
    {
        // Act
        var active = ExecutiveClauses.Counts(Standing(A.Member("org-a")));
        var never = ExecutiveClauses.Counts(Standing(A.NonMember("org-x")));
        var none = ExecutiveClauses.Counts(null);

        // Assert
        Assert.True(active);
        Assert.False(never);
        Assert.False(none);
    }
}
