namespace Clems.Rules.Decisions;

/// <summary>The outcome of a decision.</summary>
public enum DecisionOutcome
{
    /// <summary>The framework version is the one applied at the as-of date (G1).</summary>
    Applied,

    /// <summary>The initiative meets G9, G10 and G11 and may run as a project.</summary>
    Runnable,

    /// <summary>The idea lacks an action plan, a budget or the funding to cover it (G11).</summary>
    NotRunnable,

    /// <summary>The request is refused under the clause cited.</summary>
    Rejected,

    /// <summary>The request, formation, proposal or publication is valid under the clauses cited.</summary>
    Approved,

    /// <summary>One party is blocked from an initiative while the others go on (G3).</summary>
    Blocked,

    /// <summary>Something that was valid no longer is and needs attention (e.g. a working group below quorum, G4).</summary>
    Flagged,

    /// <summary>The executive team supports the initiative now (G7, G12).</summary>
    Supported,

    /// <summary>The initiative waits for executive capacity, at a position in the queue (G12).</summary>
    Queued,

    /// <summary>The internal bid can be made with members' expertise (G14).</summary>
    Feasible,

    /// <summary>The internal bid lacks expertise among the interested members (G14).</summary>
    Infeasible,

    /// <summary>The cluster route is recommended for the organisation (G15).</summary>
    Recommended,

    /// <summary>The cluster route is not recommended (G15).</summary>
    NotRecommended,

    /// <summary>A tender notice is sent to a member (S11).</summary>
    Alerted,

    /// <summary>The member's interest gets a place in the project (G8, G16).</summary>
    Admitted,

    /// <summary>The member's interest is below the project's cutoff or its cap was filled first (G8, G16).</summary>
    Waitlisted,

    /// <summary>The member's interest cannot take part in the competition (G3, G8, G10).</summary>
    Ineligible,

    /// <summary>The project's places were allocated (G16).</summary>
    Allocated,

    /// <summary>The project's places could not be allocated, e.g. without agreed competition rules (G16).</summary>
    NotAllocated,
}
