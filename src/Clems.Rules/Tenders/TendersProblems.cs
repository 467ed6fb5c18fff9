namespace Clems.Rules.Tenders;

/// The codes of the tenders area's input problems (docs/scenario-format.md, "Problems").
internal static class TendersProblems
{
    /// A tender notice has no CPV code.
    internal const string NoCpvCodes = "Tenders.no-cpv-codes";

    /// A notice's or a profile's country is not Romania or another EU member state (S11).
    internal const string NotEuCountry = "Tenders.not-eu-country";

    /// A notice's deadline is before its publication.
    internal const string DeadlineBeforePublication = "Tenders.deadline-before-publication";

    /// An organisation has two tender profiles.
    internal const string DuplicateProfile = "Tenders.duplicate-profile";

    /// A tender profile names no CPV prefix.
    internal const string NoCpvPrefixes = "Tenders.no-cpv-prefixes";

    /// A tender profile names no country.
    internal const string NoCountries = "Tenders.no-countries";

    /// A profile's value range has its ends in two currencies.
    internal const string MixedRangeCurrencies = "Tenders.mixed-range-currencies";

    /// A profile's maximum value is below its minimum.
    internal const string InvertedRange = "Tenders.inverted-range";
}
