using System;
using System.Collections.Frozen;
using Clems.Rules.Engine;
using Clems.Rules.Utility;

namespace Clems.Rules;

/// <summary>An ISO 4217 currency, identified by its three-letter code (RON, EUR…).</summary>
/// <remarks><c>default(Currency)</c> has a null code and is not a valid currency; construct one with <see cref="Currency(string)"/>.</remarks>
public readonly record struct Currency : IComparable<Currency>
{
    // ISO 4217 active codes (list published by the ISO 4217 maintenance agency).
    private static readonly FrozenSet<string> s_isoCodes = (
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
        "CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL " +
        "GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD " +
        "KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR " +
        "NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN " +
        "SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG " +
        "XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG ZWL")
        .Split(' ')
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The Romanian leu.</summary>
    public static Currency Ron { get; } = new("RON");

    /// <summary>The euro.</summary>
    public static Currency Eur { get; } = new("EUR");

    /// <summary>Creates a currency from its ISO 4217 code.</summary>
    /// <param name="code">Three upper-case letters, e.g. <c>RON</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not an ISO 4217 code.</exception>
    public Currency(string code)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckArgument(CheckCode(code, nameof(code)));
        Code = code;
    }

    /// <summary>The three-letter ISO 4217 code.</summary>
    public string Code { get; }

    /// <summary>Tells whether <paramref name="code"/> is an ISO 4217 currency code.</summary>
    /// <param name="code">The candidate code; case-sensitive (upper case).</param>
    /// <returns><see langword="true"/> when the code is listed by ISO 4217.</returns>
    public static bool IsIsoCode(string? code) => code is not null && s_isoCodes.Contains(code);

    /// <summary>Checks that a code is an ISO 4217 currency code: the check the constructor makes, for a reader that
    /// reports the problem at its place instead of constructing the currency.</summary>
    /// <param name="code">The candidate code; case-sensitive (upper case).</param>
    /// <param name="path">Where the code is: its JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>Value.unknown-currency</c>) at <paramref name="path"/>, or <see langword="null"/> when the
    /// code is listed by ISO 4217.</returns>
    public static ValidationProblem? CheckCode(string code, string path)
        => IsIsoCode(code)
            ? null
            : new(path, CommonProblems.UnknownCurrency, $"'{code}' is not an ISO 4217 currency code; use three upper-case letters such as RON or EUR.");

    /// <inheritdoc/>
    public int CompareTo(Currency other) => string.CompareOrdinal(Code, other.Code);

    /// <summary>Returns the ISO code.</summary>
    /// <returns>The code, e.g. <c>RON</c>.</returns>
    public override string ToString() => Code ?? string.Empty;
}
