using Clems.Rules.Decisions;
using Clems.Rules.InternalBids;
using Clems.Rules.Membership;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.InternalBids;

public sealed class InternalBidClausesTests
{
    private static MemberStanding Standing(StandingKind kind)
    {
        var organization = kind switch
        {
            StandingKind.Active => A.Member("org-x"),
            StandingKind.Suspended => A.Organization("org-x").SuspendedBetween(A.Date(2026, 1, 1)),
            StandingKind.NotYetStarted => A.Organization("org-x").MemberBetween(A.Date(2026, 6, 1)),
            StandingKind.Ended => A.Organization("org-x").MemberBetween(Dates.Joined, A.Date(2024, 12, 31)),
            _ => A.NonMember("org-x"),
        };
        return MemberStanding.Resolve(organization.Build(), [.. organization.BuildTerms()], Dates.AsOf);
    }

    private static InternalBidFact Bid(params MemberStanding[] interested) => new()
    {
        Bid = new InternalBid(new InternalBidId("bid-1"), "Sludge pilot", ["sludge"], []),
        Subject = DecisionSubject.InternalBid(new InternalBidId("bid-1")),
        Interested = [.. interested],
        Missing = ["sludge"],
    };

    [Fact]
    public void HasInterestedMember_NobodyInterested_IsFalse()
    {
        // Act
        var result = InternalBidClauses.HasInterestedMember(Bid());

        // Assert
        Assert.False(result);
    }

    [Theory]
    [InlineData(nameof(StandingKind.Suspended))]
    [InlineData(nameof(StandingKind.NotYetStarted))]
    [InlineData(nameof(StandingKind.Ended))]
    [InlineData(nameof(StandingKind.NeverMember))]
    public void InterestedNotAMember_EachStanding_IsTheInterestedCodeOfThatStanding(string kind)
    {
        // Arrange
        var outsider = Standing(System.Enum.Parse<StandingKind>(kind));

        // Act
        var reason = InternalBidsReasons.InterestedNotAMember(outsider);

        // Assert
        Assert.Equal("G14.interested-" + outsider.ReasonCode, reason.Code);
    }
}
