using System;
using Clems.Rules.Allocation;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

public sealed class InterestTests
{
    private static readonly Instant ShownAt = Instant.FromUtc(2026, 2, 1, 9, 0);

    [Fact]
    public void Constructor_NegativeRepresentatives_IsRefusedSayingZeroOrMore()
    {
        // Act
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new Interest(new OrganizationId("org-a"), new InitiativeId("p1"), ShownAt, representatives: -1));

        // Assert
        Assert.Equal("representatives", error.ParamName);
        Assert.Contains("number of representatives is zero or more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NegativePersonDays_IsRefusedSayingZeroOrMore()
    {
        // Act
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new Interest(new OrganizationId("org-a"), new InitiativeId("p1"), ShownAt, personDays: -0.5m));

        // Assert
        Assert.Equal("personDays", error.ParamName);
        Assert.Contains("Person-days are zero or more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ZeroRepresentativesAndPersonDays_IsAccepted()
    {
        // Act
        var interest = new Interest(new OrganizationId("org-a"), new InitiativeId("p1"), ShownAt, 0, 0m);

        // Assert
        Assert.Equal(0, interest.Representatives);
        Assert.Equal(0m, interest.PersonDays);
    }
}
