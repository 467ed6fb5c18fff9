using System;
using System.Linq;
using Clems.Rules.Decisions;
using Xunit;

namespace Clems.Rules.Tests.Domain;

public sealed class ClauseIdTests
{
    [Theory]
    [InlineData("G1")]
    [InlineData("G10")]
    [InlineData("G16")]
    [InlineData("S1")]
    [InlineData("S15")]
    public void Parse_CatalogueId_RoundTrips(string text)
    {
        // Arrange
        // Act
        var clause = ClauseId.Parse(text);

        // Assert
        Assert.Equal(text, clause.ToString());
    }

    [Theory]
    [InlineData("G0")]
    [InlineData("G17")]
    [InlineData("S16")]
    [InlineData("X1")]
    [InlineData("G01")]
    [InlineData("g1")]
    [InlineData("G")]
    [InlineData("G+1")]
    [InlineData("G100")]
    [InlineData("")]
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
        // Arrange
        // Act
        var exception = Assert.Throws<FormatException>(() => ClauseId.Parse("G17"));

        // Assert
        Assert.Contains("'G17'", exception.Message, StringComparison.Ordinal);
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
