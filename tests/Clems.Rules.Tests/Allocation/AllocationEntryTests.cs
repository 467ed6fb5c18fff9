using System;
using Clems.Rules.Allocation;
using Clems.Rules.Membership;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

public sealed class AllocationEntryTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_RankBelowOne_IsRefusedSayingRanksStartAtOne(int rank)
    {
        // Act
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new AllocationEntry(new OrganizationId("org-a"), rank, AllocationOutcomeKind.Admitted, ["yes"]));

        // Assert
        Assert.Equal("rank", error.ParamName);
        Assert.Contains("Ranks start at 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RankOne_IsAccepted()
    {
        // Act
        var entry = new AllocationEntry(new OrganizationId("org-a"), 1, AllocationOutcomeKind.Admitted, ["yes"]);

        // Assert
        Assert.Equal(1, entry.Rank);
    }
}
