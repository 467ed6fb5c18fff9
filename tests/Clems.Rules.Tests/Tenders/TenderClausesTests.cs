using Clems.Rules.Tenders;
using NodaTime;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Tenders;

public sealed class TenderClausesTests
{
    // The start of 2026-03-01 in Europe/Bucharest (+02).
    private static readonly Instant s_asOf = Instant.FromUtc(2026, 2, 28, 22, 0);

    [Fact]
    public void PublishedBy_PublishedExactlyAtTheAsOfInstant_IsKnown()
    {
        // Arrange: S11 read in time, a notice counts from its own publication instant.
        var tender = Tender("t-1", published: s_asOf);

        // Act
        var published = TenderClauses.PublishedBy(tender, s_asOf);

        // Assert
        Assert.True(published);
    }

    [Fact]
    public void PublishedBy_PublishedOneTickAfterTheAsOfInstant_IsNotKnownYet()
    {
        // Arrange
        var tender = Tender("t-1", published: s_asOf + Duration.Epsilon);

        // Act
        var published = TenderClauses.PublishedBy(tender, s_asOf);

        // Assert
        Assert.False(published);
    }

    [Fact]
    public void DeadlineOpen_DeadlineOneTickAfterTheAsOfInstant_IsOpen()
    {
        // Arrange: S11, alerts "only before the deadline"; the rule tests cover a deadline exactly at the instant.
        var tender = Tender("t-1", deadline: (s_asOf + Duration.Epsilon).InZone(Bucharest));

        // Act
        var open = TenderClauses.DeadlineOpen(tender, s_asOf);

        // Assert
        Assert.True(open);
    }
}
