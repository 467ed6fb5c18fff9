using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.WorkingGroups;

/// <summary>A working group: member organisations around a shared objective in one thematic area (G2, G4, G6).</summary>
public sealed class WorkingGroup
{
    /// <summary>Creates a working group.</summary>
    /// <param name="id">The identifier, unique across the snapshot.</param>
    /// <param name="name">The group's name.</param>
    /// <param name="objective">The strategic objective the group forms around (G2).</param>
    /// <param name="area">The thematic area (G6).</param>
    /// <param name="members">The founding member organisations (G4 asks for at least three).</param>
    /// <param name="formedOn">The formation date.</param>
    /// <param name="areaLabel">The label of an area W9 ("other"); must be null for W1–W8.</param>
    /// <exception cref="System.ArgumentException">A text is blank, or the label does not fit the area.</exception>
    public WorkingGroup(
        WorkingGroupId id,
        string name,
        string objective,
        ThematicArea area,
        IEnumerable<OrganizationId> members,
        LocalDate formedOn,
        string? areaLabel = null)
    {
        Preconditions.CheckArgument(
            area == ThematicArea.W9Other ? !string.IsNullOrWhiteSpace(areaLabel) : areaLabel is null,
            nameof(areaLabel),
            area == ThematicArea.W9Other
                ? $"Working group {id} is in area W9 (other) and needs a label naming the area."
                : $"Working group {id} is in area {area}; only W9 (other) carries a label.");
        Id = id;
        Name = Preconditions.CheckNotBlank(name);
        Objective = Preconditions.CheckNotBlank(objective);
        Area = area;
        AreaLabel = areaLabel;
        Members = Preconditions.CheckItems(members);
        FormedOn = formedOn;
    }

    /// <summary>The identifier, unique across the snapshot.</summary>
    public WorkingGroupId Id { get; }

    /// <summary>The group's name.</summary>
    public string Name { get; }

    /// <summary>The strategic objective (G2).</summary>
    public string Objective { get; }

    /// <summary>The thematic area (G6).</summary>
    public ThematicArea Area { get; }

    /// <summary>The label of a W9 area; <see langword="null"/> otherwise.</summary>
    public string? AreaLabel { get; }

    /// <summary>The member organisations of the group.</summary>
    public ImmutableArray<OrganizationId> Members { get; }

    /// <summary>The formation date.</summary>
    public LocalDate FormedOn { get; }
}
