using System.Linq;
using System.Reflection;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Initiatives;

public sealed class InitiativesReasonsTests
{
    private static MemberStanding Standing(StandingKind kind)
    {
        var organization = kind switch
        {
            StandingKind.Suspended => A.Organization("org-x").SuspendedBetween(A.Date(2026, 1, 1)),
            StandingKind.NotYetStarted => A.Organization("org-x").MemberBetween(A.Date(2026, 6, 1)),
            StandingKind.Ended => A.Organization("org-x").MemberBetween(Dates.Joined, A.Date(2024, 12, 31)),
            _ => A.NonMember("org-x"),
        };
        return MemberStanding.Resolve(organization.Build(), [.. organization.BuildTerms()], Dates.AsOf);
    }

    // The G10 code of an outsider comes from the membership standing; the Initiatives area lists each one it can emit.
    [Theory]
    [InlineData(nameof(StandingKind.Suspended))]
    [InlineData(nameof(StandingKind.NotYetStarted))]
    [InlineData(nameof(StandingKind.Ended))]
    [InlineData(nameof(StandingKind.NeverMember))]
    public void NotAMember_EachStanding_IsOneOfTheAreasCodes(string kind)
    {
        // Arrange
        var party = new InitiativeParty { Initiative = null!, Standing = Standing(System.Enum.Parse<StandingKind>(kind)), Roles = PartyRoles.Beneficiary };
        var codes = typeof(InitiativesReasons.Codes).GetFields(BindingFlags.Static | BindingFlags.NonPublic).Select(f => (string)f.GetValue(null)!);

        // Act
        var reason = InitiativesReasons.NotAMember(party);

        // Assert
        Assert.Contains(reason.Code, codes);
    }
}
