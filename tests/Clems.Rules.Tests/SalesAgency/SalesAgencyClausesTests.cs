using System;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using Clems.Rules.SalesAgency;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;

namespace Clems.Rules.Tests.SalesAgency;

public sealed class SalesAgencyClausesTests
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

    private static SalesAgencyRequestFact Request(params MemberStanding[] initiators) => new()
    {
        Request = new SalesAgencyRequest(new SalesAgencyRequestId("sa-1"), new OrganizationId("org-x"), SalesAgencyItem.ForProduct("Filter", [], [])),
        Subject = DecisionSubject.SalesAgencyRequest(new SalesAgencyRequestId("sa-1")),
        Requester = Standing(StandingKind.Active),
        Item = "product or service \"Filter\"",
        Initiators = [.. initiators],
        Funders = [],
    };

    // G13: "funded by some members" — an active member's contribution of one cent funds the item; zero funds nothing.
    [Theory]
    [InlineData("0", false)]
    [InlineData("0.01", true)]
    public void FundsTheItem_ActiveMembersContribution_CountsFromTheFirstCent(string amount, bool funds)
    {
        // Arrange
        var funder = new SalesAgencyFunder(Standing(StandingKind.Active), Ron(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

        // Act
        var result = SalesAgencyClauses.FundsTheItem(funder);

        // Assert
        Assert.Equal(funds, result);
    }

    [Fact]
    public void FundsTheItem_FormerMemberWithAContribution_DoesNotCount()
    {
        // Act
        var result = SalesAgencyClauses.FundsTheItem(new SalesAgencyFunder(Standing(StandingKind.Ended), Ron(500m)));

        // Assert
        Assert.False(result);
    }

    [Theory]
    [InlineData(nameof(StandingKind.Suspended))]
    [InlineData(nameof(StandingKind.NotYetStarted))]
    [InlineData(nameof(StandingKind.Ended))]
    [InlineData(nameof(StandingKind.NeverMember))]
    public void InitiatorNotAMember_EachStanding_IsTheInitiatorCodeOfThatStanding(string kind)
    {
        // Arrange
        var initiator = Standing(System.Enum.Parse<StandingKind>(kind));

        // Act
        var reason = SalesAgencyReasons.InitiatorNotAMember(Request(initiator), initiator);

        // Assert
        Assert.Equal("G13.initiator-" + initiator.ReasonCode, reason.Code);
    }

    [Fact]
    public void InitiatedByMembers_OneActiveAndOneSuspendedInitiator_IsNot()
    {
        // Act
        var result = SalesAgencyClauses.InitiatedByMembers(Request(Standing(StandingKind.Active), Standing(StandingKind.Suspended)));

        // Assert
        Assert.False(result);
    }

    [Fact]
    public void InitiatorNotAMember_ActiveInitiator_HasNoCode()
    {
        // Arrange
        var initiator = Standing(StandingKind.Active);

        // Act, Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => SalesAgencyReasons.InitiatorNotAMember(Request(initiator), initiator));
    }
}
