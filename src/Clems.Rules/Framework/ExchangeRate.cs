using System.Globalization;
using Clems.Rules.Engine;
using Clems.Rules.Utility;

namespace Clems.Rules.Framework;

/// <summary>An exchange rate the framework declares, so that amounts in two currencies can be compared (G12, G15).</summary>
/// <remarks>One unit of <see cref="From"/> is worth <see cref="Rate"/> units of <see cref="To"/>; the rate also converts
/// back (an amount in <see cref="To"/> divided by <see cref="Rate"/>).</remarks>
public sealed class ExchangeRate
{
    /// <summary>Creates an exchange rate.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to; not <paramref name="from"/>.</param>
    /// <param name="rate">Units of <paramref name="to"/> per unit of <paramref name="from"/>; more than zero.</param>
    /// <exception cref="System.ArgumentException">The currencies are the same or the rate is zero or negative.</exception>
    public ExchangeRate(Currency from, Currency to, decimal rate)
    {
        Preconditions.CheckArgument(CheckCurrencies(from, to, nameof(to)));
        Preconditions.CheckArgumentRange(CheckRate(rate, nameof(rate)), rate);
        From = from;
        To = to;
        Rate = rate;
    }

    /// <summary>Checks that a rate converts between two currencies: the check the constructor makes, for a reader that
    /// reports the problem at its place instead of constructing the rate.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <param name="path">Where <paramref name="to"/> is: its JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>Framework.rate-within-one-currency</c>) at <paramref name="path"/>, or
    /// <see langword="null"/> when the currencies differ.</returns>
    public static ValidationProblem? CheckCurrencies(Currency from, Currency to, string path)
        => from == to
            ? new(path, FrameworkProblems.RateWithinOneCurrency, $"An exchange rate converts between two currencies; both are {from}.")
            : null;

    /// <summary>Checks that a rate is more than zero: the check the constructor makes, for a reader that reports the
    /// problem at its place instead of constructing the rate.</summary>
    /// <param name="rate">Units of the target currency per unit of the source currency.</param>
    /// <param name="path">Where the rate is: its JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>Framework.non-positive-rate</c>) at <paramref name="path"/>, or <see langword="null"/>
    /// when the rate is more than zero.</returns>
    public static ValidationProblem? CheckRate(decimal rate, string path)
        => rate <= 0m
            ? new(
                path,
                FrameworkProblems.NonPositiveRate,
                $"The rate {rate.ToString(CultureInfo.InvariantCulture)} is not more than zero; give the units of 'to' per unit of 'from'.")
            : null;

    /// <summary>The currency converted from.</summary>
    public Currency From { get; }

    /// <summary>The currency converted to.</summary>
    public Currency To { get; }

    /// <summary>Units of <see cref="To"/> per unit of <see cref="From"/>.</summary>
    public decimal Rate { get; }
}
