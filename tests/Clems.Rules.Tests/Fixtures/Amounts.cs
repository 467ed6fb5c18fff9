namespace Clems.Rules.Tests.Fixtures;

/// Money in the two currencies the cluster uses, so that test data reads <c>Ron(12_000)</c>.
internal static class Amounts
{
    public static Money Ron(decimal amount) => new(amount, Currency.Ron);

    public static Money Eur(decimal amount) => new(amount, Currency.Eur);
}
