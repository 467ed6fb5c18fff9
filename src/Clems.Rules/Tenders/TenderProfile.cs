using System.Collections.Immutable;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Tenders;

/// <summary>A member's declared interest in public tenders (S11): CPV code prefixes, countries and a value range.</summary>
/// <remarks>
/// A notice matches when one of its CPV codes starts with one of <see cref="CpvPrefixes"/>, its country is one of
/// <see cref="Countries"/> (Romania and the other EU member states only), and its estimated value lies from
/// <see cref="MinValue"/> to <see cref="MaxValue"/>, both inclusive, in the same currency (a value in another currency
/// does not match: no exchange rate is applied). One profile per organisation; the snapshot validator checks that and
/// that the range is in one currency with the minimum at most the maximum.
/// </remarks>
public sealed class TenderProfile
{
    private readonly ImmutableArray<CpvPrefix> _prefixes = [];
    private readonly ImmutableArray<CountryCode> _countries = [];

    /// <summary>The member organisation the profile belongs to.</summary>
    public required OrganizationId Organization { get; init; }

    /// <summary>The CPV prefixes of interest (at least one).</summary>
    public required ImmutableArray<CpvPrefix> CpvPrefixes { get => _prefixes; init => _prefixes = Preconditions.CheckItems(value); }

    /// <summary>The countries of interest (at least one; EU member states only).</summary>
    public required ImmutableArray<CountryCode> Countries { get => _countries; init => _countries = Preconditions.CheckItems(value); }

    /// <summary>The smallest estimated value of interest (inclusive).</summary>
    public required Money MinValue { get; init; }

    /// <summary>The largest estimated value of interest (inclusive), in the currency of <see cref="MinValue"/>.</summary>
    public required Money MaxValue { get; init; }
}
