using System;
using Clems.Rules.Allocation;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

public sealed class MemberAllocationPreferencesTests
{
    [Fact]
    public void Constructor_NegativeCap_IsRefusedSayingZeroOrMore()
    {
        // Act
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new MemberAllocationPreferences(new OrganizationId("org-a"), -1));

        // Assert
        Assert.Equal("cap", error.ParamName);
        Assert.Contains("A member's cap is zero or more places.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CallersArrayChangedAfterwards_KeepsTheRankingGiven()
    {
        // Arrange
        var ranking = new[] { new InitiativeId("p2"), new InitiativeId("p1") };
        var preferences = new MemberAllocationPreferences(new OrganizationId("org-a"), 1, ranking);

        // Act
        ranking[0] = new InitiativeId("p9");

        // Assert
        Assert.Equal(new[] { new InitiativeId("p2"), new InitiativeId("p1") }, preferences.Ranking);
    }
}
