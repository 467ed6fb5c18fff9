namespace Clems.Rules.WorkingGroups;

/// <summary>What a proposal about a working group asks for (G5).</summary>
public enum WorkingGroupProposalKind
{
    /// <summary>Dissolve the group from the effective date.</summary>
    Dissolve = 1,

    /// <summary>Transform the group: a new objective from the effective date, the group's history kept.</summary>
    Transform = 2,
}
