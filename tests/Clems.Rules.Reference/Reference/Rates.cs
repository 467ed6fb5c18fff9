using Clems.Rules.Framework;

namespace Clems.Rules.Reference.Clauses;

/// The framework's exchange rates: a rate from→to multiplies, and converts back by dividing.
internal static class Rates
{
    public static decimal? Convert(Money money, Currency to, FrameworkParameters parameters)
    {
        if (money.Currency == to)
        {
            return money.Amount;
        }

        foreach (var rate in parameters.ExchangeRates)
        {
            if (rate.From == money.Currency && rate.To == to)
            {
                return money.Amount * rate.Rate;
            }
        }

        foreach (var rate in parameters.ExchangeRates)
        {
            if (rate.From == to && rate.To == money.Currency)
            {
                return money.Amount / rate.Rate;
            }
        }

        return null;
    }
}
