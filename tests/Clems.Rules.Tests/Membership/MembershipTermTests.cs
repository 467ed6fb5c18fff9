using System;
using Clems.Rules.Membership;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Membership;

public sealed class MembershipTermTests
{
    private static readonly OrganizationId s_org = new("org-a");

    [Theory]
    [InlineData(2025, 12, 31, false)]
    [InlineData(2026, 1, 1, true)]
    [InlineData(2026, 6, 30, true)]
    [InlineData(2026, 12, 31, true)]
    [InlineData(2027, 1, 1, false)]
    public void Covers_ClosedTerm_IncludesBothEnds(int year, int month, int day, bool expected)
    {
        // Arrange
        var term = new MembershipTerm(s_org, A.Date(2026, 1, 1), A.Date(2026, 12, 31));

        // Act
        var covers = term.Covers(A.Date(year, month, day));

        // Assert
        Assert.Equal(expected, covers);
    }

    [Theory]
    [InlineData(2025, 12, 31, false)]
    [InlineData(2026, 1, 1, true)]
    [InlineData(2099, 12, 31, true)]
    public void Covers_OpenEndedTerm_HasNoLastDay(int year, int month, int day, bool expected)
    {
        // Arrange
        var term = new MembershipTerm(s_org, A.Date(2026, 1, 1));

        // Act
        var covers = term.Covers(A.Date(year, month, day));

        // Assert
        Assert.Equal(expected, covers);
    }

    [Fact]
    public void Covers_OneDayTerm_CoversThatDayOnly()
    {
        // Arrange
        var term = new MembershipTerm(s_org, A.Date(2026, 3, 1), A.Date(2026, 3, 1));

        // Act
        var covered = (term.Covers(A.Date(2026, 2, 28)), term.Covers(A.Date(2026, 3, 1)), term.Covers(A.Date(2026, 3, 2)));

        // Assert
        Assert.Equal((false, true, false), covered);
    }

    [Fact]
    public void Covers_SuspendedTerm_StillCoversItsDates()
    {
        // Arrange
        var term = new MembershipTerm(s_org, A.Date(2026, 1, 1), A.Date(2026, 12, 31), MembershipStatus.Suspended);

        // Act
        var covers = term.Covers(A.Date(2026, 3, 1));

        // Assert
        Assert.True(covers);
    }

    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        // Arrange
        var start = A.Date(2026, 1, 2);

        // Act
        var exception = Assert.Throws<ArgumentException>(() => new MembershipTerm(s_org, start, A.Date(2026, 1, 1)));

        // Assert
        Assert.Contains("org-a", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Interval_ClosedTerm_SpansBothDates()
    {
        // Arrange
        var term = new MembershipTerm(s_org, A.Date(2026, 1, 1), A.Date(2026, 1, 31));

        // Act
        var interval = term.Interval;

        // Assert
        Assert.Equal(31, interval!.Length);
    }
}
