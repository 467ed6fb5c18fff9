using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.SalesAgency;

/// <summary>What CLEMS would sell as agent (G13): an initiative of the snapshot, or a named product or service with
/// the organisations that initiated and fund it.</summary>
public sealed class SalesAgencyItem
{
    private SalesAgencyItem(InitiativeId? initiative, string? name, ImmutableArray<OrganizationId> initiators, ImmutableArray<OrganizationId> funders)
    {
        Initiative = initiative;
        Name = name;
        Initiators = initiators;
        Funders = funders;
    }

    /// <summary>The initiative (project) sold, when the item is one; its initiator and member contributions then say
    /// who initiated and funds it.</summary>
    public InitiativeId? Initiative { get; }

    /// <summary>The product's or service's name, when the item is not an initiative.</summary>
    public string? Name { get; }

    /// <summary>The organisations that initiated the named product or service; empty for an initiative.</summary>
    public ImmutableArray<OrganizationId> Initiators { get; }

    /// <summary>The organisations that fund the named product or service; empty for an initiative.</summary>
    public ImmutableArray<OrganizationId> Funders { get; }

    /// <summary>An initiative of the snapshot.</summary>
    /// <param name="initiative">The initiative's id.</param>
    /// <returns>The item.</returns>
    public static SalesAgencyItem ForInitiative(InitiativeId initiative) => new(initiative, null, [], []);

    /// <summary>A named product or service.</summary>
    /// <param name="name">Its name; not blank.</param>
    /// <param name="initiators">The organisations that initiated it; may be empty (then G13 refuses).</param>
    /// <param name="funders">The organisations that fund it; may be empty (then G13 refuses).</param>
    /// <returns>The item.</returns>
    /// <exception cref="System.ArgumentException">The name is blank or a collection is null.</exception>
    public static SalesAgencyItem ForProduct(string name, IEnumerable<OrganizationId> initiators, IEnumerable<OrganizationId> funders)
        => new(null, Preconditions.CheckNotBlank(name), Preconditions.CheckItems(initiators), Preconditions.CheckItems(funders));
}
