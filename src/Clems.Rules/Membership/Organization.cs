using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Utility;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Membership;

/// <summary>An organisation known to the cluster, member or not; membership itself is a <see cref="MembershipTerm"/>.</summary>
public sealed class Organization
{
    private readonly ImmutableArray<string> _expertise = [];
    private readonly ImmutableArray<ThematicArea> _thematicAreas = [];

    /// <summary>Creates an organisation.</summary>
    /// <param name="id">The identifier, unique across the snapshot.</param>
    /// <param name="name">The organisation's name.</param>
    /// <param name="kind">Company, university, research institute, public authority or NGO.</param>
    /// <param name="country">The country of registration.</param>
    /// <param name="representatives">The people who act for it (G9); may be empty.</param>
    /// <exception cref="System.ArgumentException"><paramref name="name"/> is blank or a representative is null.</exception>
    public Organization(
        OrganizationId id,
        string name,
        OrganizationKind kind,
        CountryCode country,
        IEnumerable<Representative>? representatives = null)
    {
        Id = id;
        Name = Preconditions.CheckNotBlank(name);
        Kind = kind;
        Country = country;
        Representatives = Preconditions.CheckItems(representatives ?? []);
    }

    /// <summary>The identifier, unique across the snapshot.</summary>
    public OrganizationId Id { get; }

    /// <summary>The organisation's name.</summary>
    public string Name { get; }

    /// <summary>The kind of organisation.</summary>
    public OrganizationKind Kind { get; }

    /// <summary>The country of registration.</summary>
    public CountryCode Country { get; }

    /// <summary>The people who act for the organisation.</summary>
    public ImmutableArray<Representative> Representatives { get; }

    /// <summary>The expertise the organisation declares, as tags (e.g. <c>wastewater</c>), compared exactly (G14).</summary>
    /// <value>Default empty.</value>
    /// <exception cref="System.ArgumentException">A tag is not 1 to 200 characters without surrounding white space.</exception>
    public ImmutableArray<string> Expertise
    {
        get => _expertise;
        init => _expertise = [.. Preconditions.CheckItems(value).Select(tag => Identifier.Check(tag, "expertise tag"))];
    }

    /// <summary>The thematic areas of the organisation's objectives (G15).</summary>
    /// <value>Default empty.</value>
    public ImmutableArray<ThematicArea> ThematicAreas { get => _thematicAreas; init => _thematicAreas = Preconditions.CheckItems(value); }

    /// <summary>The resources the organisation can put into an opportunity on its own (G15).</summary>
    /// <value>Default <see langword="null"/>: not declared, so G15 cannot say they are insufficient.</value>
    public Money? Resources { get; init; }
}
