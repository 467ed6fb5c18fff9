using System;
using System.Collections.Frozen;
using Clems.Rules.Engine;
using Clems.Rules.Utility;

namespace Clems.Rules.Membership;

/// <summary>An ISO 3166-1 alpha-2 country code (RO, HU, DE…).</summary>
/// <remarks><c>default(CountryCode)</c> has a null value and is not a valid country.</remarks>
public readonly record struct CountryCode : IComparable<CountryCode>
{
    // Officially assigned ISO 3166-1 alpha-2 codes.
    private static readonly FrozenSet<string> s_codes = (
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
        "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO " +
        "JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR " +
        "MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO " +
        "RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV " +
        "TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW")
        .Split(' ')
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Romania, where CLEMS is based.</summary>
    public static CountryCode Romania { get; } = new("RO");

    /// <summary>Creates a country code.</summary>
    /// <param name="value">Two upper-case letters assigned by ISO 3166-1, e.g. <c>RO</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not an assigned ISO 3166-1 alpha-2 code.</exception>
    public CountryCode(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(CheckCode(value, nameof(value)));
        Value = value;
    }

    /// <summary>The two-letter code.</summary>
    public string Value { get; }

    /// <summary>Tells whether <paramref name="value"/> is an assigned ISO 3166-1 alpha-2 code.</summary>
    /// <param name="value">The candidate; case-sensitive (upper case).</param>
    /// <returns><see langword="true"/> when the code is assigned.</returns>
    public static bool IsIsoCode(string? value) => value is not null && s_codes.Contains(value);

    /// <summary>Checks that a code is an assigned ISO 3166-1 alpha-2 code: the check the constructor makes, for a reader
    /// that reports the problem at its place instead of constructing the code.</summary>
    /// <param name="value">The candidate; case-sensitive (upper case).</param>
    /// <param name="path">Where the code is: its JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>Value.unknown-country</c>) at <paramref name="path"/>, or <see langword="null"/> when the
    /// code is assigned.</returns>
    public static ValidationProblem? CheckCode(string value, string path)
        => IsIsoCode(value)
            ? null
            : new(
                path,
                CommonProblems.UnknownCountry,
                $"'{value}' is not an ISO 3166-1 alpha-2 country code{(value == "EL" ? " (Greece is GR in ISO 3166-1)" : string.Empty)}; use two upper-case letters such as RO or HU.");

    /// <inheritdoc/>
    public int CompareTo(CountryCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, e.g. <c>RO</c>.</returns>
    public override string ToString() => Value ?? string.Empty;
}
