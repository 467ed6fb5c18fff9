namespace Clems.Rules.Allocation;

/// <summary>How one interest ended in its project's allocation (G8, G16).</summary>
public enum AllocationOutcomeKind
{
    /// <summary>The member got a place.</summary>
    Admitted,

    /// <summary>The project filled its places with members ranked above this one: below the cutoff.</summary>
    BelowCutoff,

    /// <summary>The member's cap was filled by projects it ranked higher, so it never competed here.</summary>
    NotReached,

    /// <summary>The member could not take part (not an active member, no required preparation commitment…).</summary>
    Ineligible,

    /// <summary>The project made no allocation (oversubscribed without agreed competition rules, G16).</summary>
    NotAllocated,
}
