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
        Preconditions.CheckArgument(from != to, nameof(to), $"An exchange rate converts between two currencies; both are {from}.");
        Preconditions.CheckArgumentRange(rate > 0m, nameof(rate), rate, "An exchange rate is more than zero.");
        From = from;
        To = to;
        Rate = rate;
    }

    /// <summary>The currency converted from.</summary>
    public Currency From { get; }

    /// <summary>The currency converted to.</summary>
    public Currency To { get; }

    /// <summary>Units of <see cref="To"/> per unit of <see cref="From"/>.</summary>
    public decimal Rate { get; }
}
