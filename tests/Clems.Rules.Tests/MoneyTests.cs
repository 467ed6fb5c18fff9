using System;
using System.Globalization;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;

namespace Clems.Rules.Tests;

public sealed class MoneyTests
{
    [Fact]
    public void ToString_Always_FormatsTwoDecimalsThousandsAndCode()
    {
        // Arrange
        var money = Ron(8000m);

        // Act
        var text = money.ToString();

        // Assert
        Assert.Equal("8,000.00 RON", text);
    }

    [Fact]
    public void ToString_UnderAGermanStyleCurrentCulture_IsUnchanged()
    {
        // Arrange
        // The build sets InvariantGlobalization, so de-DE cannot be loaded; a clone with its separators stands in for it.
        var germanStyle = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        germanStyle.NumberFormat.NumberDecimalSeparator = ",";
        germanStyle.NumberFormat.NumberGroupSeparator = ".";
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = germanStyle;
        try
        {
            // Act
            var text = new Money(1_234_567.5m, Currency.Eur).ToString();

            // Assert
            Assert.Equal("1.234.567,50", 1_234_567.5m.ToString("N2", CultureInfo.CurrentCulture));
            Assert.Equal("1,234,567.50 EUR", text);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Add_SameCurrency_SumsTheAmounts()
    {
        // Arrange
        var budget = Ron(5_000m);

        // Act
        var total = budget.Add(Ron(7_000.25m));

        // Assert
        Assert.Equal(Ron(12_000.25m), total);
    }

    [Fact]
    public void Add_DifferentCurrencies_Throws()
    {
        // Arrange
        var ron = Ron(100m);

        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => ron.Add(Eur(100m)));

        // Assert
        Assert.Contains("100.00 RON", exception.Message, StringComparison.Ordinal);
        Assert.Contains("100.00 EUR", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTo_DifferentCurrencies_Throws()
    {
        // Arrange
        var ron = Ron(100m);

        // Act
        void Compare() => ron.CompareTo(Eur(1m));

        // Assert
        Assert.Throws<InvalidOperationException>(Compare);
    }

    [Fact]
    public void CompareTo_SameCurrency_OrdersByAmount()
    {
        // Arrange
        var small = Ron(99.99m);

        // Act
        var comparison = small.CompareTo(Ron(100m));

        // Assert
        Assert.True(comparison < 0);
    }

    [Fact]
    public void Zero_InACurrency_IsZeroInThatCurrency()
    {
        // Arrange
        var currency = Currency.Eur;

        // Act
        var zero = Money.Zero(currency);

        // Assert
        Assert.Equal(new Money(0m, Currency.Eur), zero);
    }
}
