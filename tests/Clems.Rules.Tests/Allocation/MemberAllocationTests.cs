using System;
using System.Collections.Generic;
using Clems.Rules.Allocation;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

// Arrays, not collection expressions: those would bind to the allocator's internal constructor, which checks nothing.
public sealed class MemberAllocationTests
{
    private static readonly OrganizationId s_member = new("org-a");

    [Fact]
    public void Constructor_NullRanking_IsRefusedSayingToPassAnEmptyCollection()
    {
        // Act
        var error = Assert.Throws<ArgumentNullException>(() => new MemberAllocation(s_member, 1, null!, Array.Empty<InitiativeId>()));

        // Assert
        Assert.Equal("ranking", error.ParamName);
        Assert.Contains("must not be null; pass an empty collection instead", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NullPlaces_IsRefusedSayingToPassAnEmptyCollection()
    {
        // Act
        var error = Assert.Throws<ArgumentNullException>(() => new MemberAllocation(s_member, 1, Array.Empty<InitiativeId>(), null!));

        // Assert
        Assert.Equal("places", error.ParamName);
        Assert.Contains("must not be null; pass an empty collection instead", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_CallersArraysChangedAfterwards_KeepsTheRankingAndPlacesGiven()
    {
        // Arrange
        var ranking = new[] { new InitiativeId("p2"), new InitiativeId("p1") };
        var places = new List<InitiativeId> { new("p1") };
        var allocation = new MemberAllocation(s_member, 2, ranking, places);

        // Act
        ranking[0] = new InitiativeId("p9");
        places.Add(new InitiativeId("p2"));

        // Assert
        Assert.Equal(new[] { new InitiativeId("p2"), new InitiativeId("p1") }, allocation.Ranking);
        Assert.Equal(new[] { new InitiativeId("p1") }, allocation.Places);
    }
}
