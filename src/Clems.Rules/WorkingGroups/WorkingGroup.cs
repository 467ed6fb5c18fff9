using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Engine;
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
    /// <exception cref="System.ArgumentException">A text is blank, or the label does not fit the area (<see cref="CheckAreaLabel"/>).</exception>
    public WorkingGroup(
        WorkingGroupId id,
        string name,
        string objective,
        ThematicArea area,
        IEnumerable<OrganizationId> members,
        LocalDate formedOn,
        string? areaLabel = null)
    {
        Preconditions.CheckArgument(CheckAreaLabel(area, areaLabel, nameof(areaLabel)));
        Id = id;
        Name = Preconditions.CheckNotBlank(name);
        Objective = Preconditions.CheckNotBlank(objective);
        Area = area;
        AreaLabel = areaLabel;
        Members = Preconditions.CheckItems(members);
        FormedOn = formedOn;
    }

    /// <summary>Checks that a group has a label exactly when its area is W9 (other): the check the constructor makes, for a
    /// reader that reports the problem at its place instead of constructing the group.</summary>
    /// <param name="area">The thematic area.</param>
    /// <param name="areaLabel">The label, or <see langword="null"/> for none.</param>
    /// <param name="path">Where the label is: its JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>WorkingGroups.missing-area-label</c> or <c>WorkingGroups.unexpected-area-label</c>) at
    /// <paramref name="path"/>, or <see langword="null"/> when the label fits the area.</returns>
    public static ValidationProblem? CheckAreaLabel(ThematicArea area, string? areaLabel, string path)
        => WorkingGroupsProblems.NeededExactlyWhen(
            area == ThematicArea.W9Other,
            areaLabel,
            path,
            (WorkingGroupsProblems.MissingAreaLabel, "Area W9 (other areas of interest to members) needs an 'areaLabel' naming the area."),
            (WorkingGroupsProblems.UnexpectedAreaLabel, "Only area W9 (other) carries an 'areaLabel'; remove it or change the area."));

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
