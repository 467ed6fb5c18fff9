using System;
using System.Linq;
using Clems.Rules.Decisions;
using Xunit;

namespace Clems.Rules.Tests.Decisions;

public sealed class ClauseIdTests
{
    /// How many clauses of each series the catalogue lists (G1–G16 and S1–S15 today).
    private static readonly int s_governanceClauses = ClauseCatalogue.Clauses.Count(c => c.Id.Series == 'G');

    private static readonly int s_serviceClauses = ClauseCatalogue.Clauses.Count(c => c.Id.Series == 'S');

    /// Every id of the catalogue, written out as G1 … Gn, S1 … Sm.
    public static TheoryData<string> CatalogueIds => [
        .. Enumerable.Range(1, s_governanceClauses).Select(n => $"G{n}"),
        .. Enumerable.Range(1, s_serviceClauses).Select(n => $"S{n}"),
    ];

    /// Ids just past the end of each series, zero, another letter and malformed forms.
    public static TheoryData<string> NotCatalogueIds => [
        "G0", $"G{s_governanceClauses + 1}", $"S{s_serviceClauses + 1}", "X1", "G01", "g1", "G", "G+1", "G100", "",
    ];

    [Theory]
    [MemberData(nameof(CatalogueIds))]
    public void Parse_CatalogueId_RoundTrips(string text)
    {
        // Arrange
        // Act
        var clause = ClauseId.Parse(text);

        // Assert
        Assert.Equal(text, clause.ToString());
    }

    [Theory]
    [MemberData(nameof(NotCatalogueIds))]
    public void TryParse_NotInTheCatalogue_Fails(string text)
    {
        // Arrange
        // Act
        var parsed = ClauseId.TryParse(text, out var clause);

        // Assert
        Assert.False(parsed);
        Assert.Equal(default, clause);
    }

    [Fact]
    public void Parse_NotInTheCatalogue_ThrowsFormatExceptionNamingTheText()
    {
        // Arrange: the governance clause after the catalogue's last.
        var text = $"G{s_governanceClauses + 1}";

        // Act
        var exception = Assert.Throws<FormatException>(() => ClauseId.Parse(text));

        // Assert
        Assert.Contains($"'{text}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_CatalogueOrder_IsNumericWithinSeriesAndGBeforeS()
    {
        // Arrange
        var shuffled = new[] { "S1", "G10", "G2", "S14", "G1", "S2" }.Select(ClauseId.Parse);

        // Act
        var ordered = shuffled.Order().Select(c => c.ToString());

        // Assert
        Assert.Equal(["G1", "G2", "G10", "S1", "S2", "S14"], ordered);
    }

    [Fact]
    public void CompareTo_G2AndG10_G2ComesFirst()
    {
        // Arrange
        var g2 = ClauseId.Parse("G2");

        // Act
        var comparison = g2.CompareTo(ClauseId.Parse("G10"));

        // Assert
        Assert.True(comparison < 0);
    }

    [Fact]
    public void CompareTo_G10AndS1_G10ComesFirst()
    {
        // Arrange
        var g10 = ClauseId.Parse("G10");

        // Act
        var comparison = g10.CompareTo(ClauseId.Parse("S1"));

        // Assert
        Assert.True(comparison < 0);
    }
}
