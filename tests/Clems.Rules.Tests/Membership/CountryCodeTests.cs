using System;
using Clems.Rules.Membership;
using Xunit;

namespace Clems.Rules.Tests.Membership;

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("RO")]
    [InlineData("HU")]
    [InlineData("DE")]
    public void Constructor_AssignedCode_IsAccepted(string value)
    {
        // Arrange
        // Act
        var country = new CountryCode(value);

        // Assert
        Assert.Equal(value, country.Value);
    }

    [Theory]
    [InlineData("ro")]
    [InlineData("ROU")]
    [InlineData("XX")]
    [InlineData("UK")]
    [InlineData("")]
    public void Constructor_NotAnAssignedCode_Throws(string value)
    {
        // Arrange
        // Act
        var exception = Assert.Throws<ArgumentException>(() => new CountryCode(value));

        // Assert
        Assert.Contains($"'{value}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Romania_IsRO()
    {
        // Arrange
        // Act
        var romania = CountryCode.Romania;

        // Assert
        Assert.Equal("RO", romania.ToString());
    }
}
