using System;
using Clems.Rules.Membership;
using Clems.Rules.Tenders;
using Xunit;

namespace Clems.Rules.Tests.Tenders;

public sealed class CpvTests
{
    [Theory]
    [InlineData("45252100", true)]
    [InlineData("45252100-9", true)]
    [InlineData("4525210", false)]
    [InlineData("452521000", false)]
    [InlineData("45252100-", false)]
    [InlineData("45252100-x", false)]
    [InlineData("4525210a", false)]
    public void CpvCode_Form_IsEightDigitsWithAnOptionalCheckDigit(string value, bool valid)
        => Assert.Equal(valid, CpvCode.IsValid(value));

    [Fact]
    public void CpvCode_Invalid_ThrowsWithTheFix()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => new CpvCode("4525"));

        // Assert
        Assert.StartsWith("'4525' is not a CPV code; write eight digits", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4", false)]
    [InlineData("45", true)]
    [InlineData("45252100", true)]
    [InlineData("452521001", false)]
    public void CpvPrefix_Length_IsTwoToEightDigits(string value, bool valid)
        => Assert.Equal(valid, CpvPrefix.IsValid(value));

    [Theory]
    [InlineData("45", "45252100-9", true)]
    [InlineData("45252100", "45252100-9", true)]
    [InlineData("45252101", "45252100", false)]
    [InlineData("9", "90400000", false)]
    public void CpvPrefix_Matches_TheCodesEightDigits(string prefix, string code, bool matches)
    {
        // Arrange
        var p = CpvPrefix.IsValid(prefix) ? new CpvPrefix(prefix) : default;

        // Act
        var result = p.Value is not null && p.Matches(new CpvCode(code));

        // Assert
        Assert.Equal(matches, result);
    }

    [Theory]
    [InlineData("RO", true)]
    [InlineData("GR", true)]
    [InlineData("HU", true)]
    [InlineData("CH", false)]
    [InlineData("GB", false)]
    [InlineData("NO", false)]
    public void EuMemberStates_Contains_RomaniaAndTheOtherMemberStatesOnly(string code, bool member)
        => Assert.Equal(member, EuMemberStates.Contains(new CountryCode(code)));

    [Fact]
    public void EuMemberStates_Codes_AreTheTwentySeven()
        => Assert.Equal(27, EuMemberStates.Codes.Count);
}
