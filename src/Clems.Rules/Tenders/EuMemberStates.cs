using System.Collections.Frozen;
using System.Collections.Generic;
using Clems.Rules.Membership;

namespace Clems.Rules.Tenders;

/// <summary>Romania and the other member states of the European Union, whose public tenders CLEMS monitors (S11).</summary>
public static class EuMemberStates
{
    // The 27 member states by ISO 3166-1 alpha-2 code (Greece is GR in ISO, although the EU writes EL).
    private static readonly FrozenSet<string> s_codes =
        "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".Split(' ').ToFrozenSet(System.StringComparer.Ordinal);

    /// <summary>The member states' codes in alphabetical order.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. System.Linq.Enumerable.Order(s_codes, System.StringComparer.Ordinal)];

    /// <summary>Tells whether <paramref name="country"/> is Romania or another EU member state.</summary>
    /// <param name="country">The country.</param>
    /// <returns><see langword="true"/> for the 27 member states.</returns>
    public static bool Contains(CountryCode country) => country.Value is { } code && s_codes.Contains(code);
}
