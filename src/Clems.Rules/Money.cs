using System;
using System.Globalization;

namespace Clems.Rules;

/// <summary>An amount of money in one currency: a <see cref="decimal"/>, never a floating-point number.</summary>
/// <remarks>
/// Amounts in different currencies are never added or compared implicitly: <see cref="Add"/> and
/// <see cref="CompareTo"/> throw when the currencies differ. Convert with an explicit rate first.
/// </remarks>
/// <param name="Amount">The amount; may be negative only where a caller allows it (budgets and funding do not).</param>
/// <param name="Currency">The ISO 4217 currency.</param>
public readonly record struct Money(decimal Amount, Currency Currency) : IComparable<Money>
{
    /// <summary>Zero in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>A zero amount.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum, in the same currency.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public Money Add(Money other)
    {
        CheckSameCurrency(other);
        return new Money(Amount + other.Amount, Currency);
    }

    /// <summary>Compares two amounts of the same currency.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Negative, zero or positive as this amount is smaller, equal or larger.</returns>
    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        CheckSameCurrency(other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>Formats the amount for people: thousands separated, two decimals (more only when the amount has them,
    /// so that nothing is rounded away), then the code ("8,000.00 RON", "0.005 RON").</summary>
    /// <returns>The formatted amount, independent of the current culture.</returns>
    public override string ToString()
        => Amount.ToString(decimal.Round(Amount, 2) == Amount ? "N2" : "#,##0.00############################", CultureInfo.InvariantCulture)
            + " " + Currency.Code;

    private void CheckSameCurrency(Money other)
    {
        if (Currency != other.Currency)
        {
            throw new InvalidOperationException(
                $"Cannot combine {this} with {other}: the currencies differ. Convert one amount with an explicit rate first.");
        }
    }
}
