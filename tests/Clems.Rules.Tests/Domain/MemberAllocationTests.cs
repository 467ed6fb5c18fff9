using Clems.Rules.Allocation;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Xunit;

namespace Clems.Rules.Tests.Domain;

public sealed class MemberAllocationTests
{
    [Fact]
    public void Constructor_Always_KeepsTheMemberCapRankingAndPlaces()
    {
        // Act
        // Arrays, not collection expressions: those would bind to the allocator's internal constructor.
        var allocation = new MemberAllocation(new OrganizationId("org-a"), 2, new[] { new InitiativeId("p2"), new InitiativeId("p1") }, new[] { new InitiativeId("p1") });

        // Assert
        Assert.Equal(new OrganizationId("org-a"), allocation.Member);
        Assert.Equal(2, allocation.Cap);
        Assert.Equal(new[] { new InitiativeId("p2"), new InitiativeId("p1") }, allocation.Ranking);
        Assert.Equal(new[] { new InitiativeId("p1") }, allocation.Places);
    }
}
