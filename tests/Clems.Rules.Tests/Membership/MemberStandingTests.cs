using System.Linq;
using Clems.Rules.Membership;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Membership;

public sealed class MemberStandingTests
{
    private static MemberStanding Resolve(OrganizationBuilder organization, LocalDate asOf)
        => MemberStanding.Resolve(organization.Build(), [.. organization.BuildTerms()], asOf);

    [Fact]
    public void Resolve_NoTerm_IsNeverMember()
    {
        // Arrange
        var organization = A.NonMember("org-x");

        // Act
        var standing = Resolve(organization, Dates.AsOf);

        // Assert
        Assert.Equal(StandingKind.NeverMember, standing.Kind);
        Assert.Null(standing.Term);
    }

    [Fact]
    public void Resolve_EndedTermAndFutureTerm_IsNotYetStartedWithTheNextTerm()
    {
        // Arrange
        var organization = A.Organization("org-a").MemberBetween(Dates.Joined, A.Date(2025, 12, 31)).MemberBetween(A.Date(2026, 6, 1));

        // Act
        var standing = Resolve(organization, Dates.AsOf);

        // Assert
        Assert.Equal(StandingKind.NotYetStarted, standing.Kind);
        Assert.Equal(A.Date(2026, 6, 1), standing.Term!.Start);
    }

    [Fact]
    public void Resolve_SeveralEndedTerms_NamesTheLastOneToEnd()
    {
        // Arrange
        var organization = A.Organization("org-a")
            .MemberBetween(A.Date(2023, 1, 1), A.Date(2024, 12, 31))
            .MemberBetween(Dates.Joined, A.Date(2021, 12, 31));

        // Act
        var standing = Resolve(organization, Dates.AsOf);

        // Assert
        Assert.Equal(StandingKind.Ended, standing.Kind);
        Assert.Equal("is no longer a member: its membership ended on 2024-12-31", standing.Describe());
    }

    [Fact]
    public void Resolve_CoveringSuspendedTerm_IsSuspended()
    {
        // Arrange
        var organization = A.Organization("org-a").SuspendedBetween(A.Date(2026, 1, 1));

        // Act
        var standing = Resolve(organization, Dates.AsOf);

        // Assert
        Assert.Equal(StandingKind.Suspended, standing.Kind);
        Assert.False(standing.IsActive);
        Assert.Equal("has a membership that is suspended from 2026-01-01", standing.Describe());
    }

    [Fact]
    public void Resolve_CoveringActiveTerm_IsActiveAndReferencesTheTerm()
    {
        // Arrange
        var organization = A.Member("org-a");

        // Act
        var standing = Resolve(organization, Dates.AsOf);

        // Assert
        Assert.True(standing.IsActive);
        Assert.Equal(["organization:org-a", "membership:org-a/2020-01-01"], standing.References.Select(r => r.ToString()));
    }
}
