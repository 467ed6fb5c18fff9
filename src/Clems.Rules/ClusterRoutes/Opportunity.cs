using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Utility;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.ClusterRoutes;

/// <summary>An opportunity an organisation may pursue (a funding call, a programme, a tender), described by what G15
/// compares: its thematic areas, whether one organisation may take part alone, and the resources it needs.</summary>
public sealed class Opportunity
{
    /// <summary>Creates an opportunity.</summary>
    /// <param name="id">The identifier, unique across the snapshot.</param>
    /// <param name="title">The title; not blank.</param>
    /// <param name="thematicAreas">The thematic areas (W1–W9) it concerns.</param>
    /// <param name="requiresConsortium">Whether only a consortium may apply.</param>
    /// <param name="minimumPartners">The least number of partners an application needs; at least 1.</param>
    /// <param name="resourcesNeeded">The resources needed to take part; <see langword="null"/> when none are stated.</param>
    /// <exception cref="System.ArgumentException">The title is blank, the minimum is below 1, an amount is negative or a collection is null.</exception>
    public Opportunity(
        OpportunityId id,
        string title,
        IEnumerable<ThematicArea> thematicAreas,
        bool requiresConsortium = false,
        int minimumPartners = 1,
        Money? resourcesNeeded = null)
    {
        Preconditions.CheckArgumentRange(minimumPartners >= 1, nameof(minimumPartners), minimumPartners, "An opportunity needs at least one partner.");
        Preconditions.CheckArgument(resourcesNeeded is not { Amount: < 0m }, nameof(resourcesNeeded), $"The resources needed, {resourcesNeeded}, are negative; amounts are zero or more.");
        Id = id;
        Title = Preconditions.CheckNotBlank(title);
        ThematicAreas = Preconditions.CheckItems(thematicAreas);
        RequiresConsortium = requiresConsortium;
        MinimumPartners = minimumPartners;
        ResourcesNeeded = resourcesNeeded;
    }

    /// <summary>The identifier.</summary>
    public OpportunityId Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The thematic areas it concerns.</summary>
    public ImmutableArray<ThematicArea> ThematicAreas { get; }

    /// <summary>Whether only a consortium may apply.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool RequiresConsortium { get; }

    /// <summary>The least number of partners an application needs.</summary>
    /// <value>Default 1.</value>
    public int MinimumPartners { get; }

    /// <summary>The resources needed to take part, if stated.</summary>
    public Money? ResourcesNeeded { get; }
}
