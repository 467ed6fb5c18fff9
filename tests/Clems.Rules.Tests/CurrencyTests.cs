using System;
using Xunit;

namespace Clems.Rules.Tests;

public sealed class CurrencyTests
{
    [Theory]
    [InlineData("RON")]
    [InlineData("EUR")]
    [InlineData("HUF")]
    public void Constructor_IsoCode_IsAccepted(string code)
    {
        // Arrange
        // Act
        var currency = new Currency(code);

        // Assert
        Assert.Equal(code, currency.Code);
    }

    [Theory]
    [InlineData("ron")]
    [InlineData("RO")]
    [InlineData("ROLL")]
    [InlineData("ABC")]
    [InlineData("")]
    public void Constructor_NotAnIsoCode_Throws(string code)
    {
        // Arrange
        // Act
        var exception = Assert.Throws<ArgumentException>(() => new Currency(code));

        // Assert
        Assert.Contains($"'{code}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Null_Throws()
    {
        // Arrange
        string code = null!;

        // Act
        // Assert
        Assert.Throws<ArgumentNullException>(() => new Currency(code));
    }

    [Fact]
    public void Equality_SameCode_IsEqual()
    {
        // Arrange
        var parsed = new Currency("RON");

        // Act
        var equal = parsed == Currency.Ron;

        // Assert
        Assert.True(equal);
    }
}
