using System;
using Clems.Rules.Allocation;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

public sealed class ProjectAllocationTests
{
    // Arrays, not collection expressions: those would bind to the allocator's internal constructor, which checks nothing.
    [Fact]
    public void Constructor_NegativePlaces_IsRefusedSayingZeroOrMore()
    {
        // Act
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new ProjectAllocation(new InitiativeId("p1"), -1, true, new[] { CompetitionCriterion.PreparationCommitment, CompetitionCriterion.Lottery }, Array.Empty<AllocationEntry>(), null));

        // Assert
        Assert.Equal("places", error.ParamName);
        Assert.Contains("A project offers zero or more places.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ZeroPlaces_IsAccepted()
    {
        // Act
        var allocation = new ProjectAllocation(new InitiativeId("p1"), 0, true, new[] { CompetitionCriterion.PreparationCommitment, CompetitionCriterion.Lottery }, Array.Empty<AllocationEntry>(), null);

        // Assert
        Assert.Equal(0, allocation.Places);
    }
}
