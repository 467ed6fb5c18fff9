namespace Clems.Rules.Framework;

/// The codes of the framework area's input problems (docs/scenario-format.md, "Problems").
internal static class FrameworkProblems
{
    /// A framework version takes effect before the General Assembly adopted it.
    internal const string EffectiveBeforeAdoption = "Framework.effective-before-adoption";

    /// Two framework versions take effect on the same date.
    internal const string SameEffectiveDate = "Framework.same-effective-date";

    /// No framework version is in force on the as-of date (G1).
    internal const string NoneInForce = "Framework.none-in-force";

    /// A list of competition criteria names the preparation commitment or the lottery, which every key has anyway.
    internal const string ReservedCriterion = "Framework.reserved-criterion";

    /// An exchange rate converts a currency into itself.
    internal const string RateWithinOneCurrency = "Framework.rate-within-one-currency";

    /// An exchange rate is zero or negative.
    internal const string NonPositiveRate = "Framework.non-positive-rate";

    /// Two exchange rates of one framework version are declared for the same pair of currencies.
    internal const string DuplicateRate = "Framework.duplicate-rate";
}
