namespace Clems.Rules.Decisions;

/// <summary>What a decision is about.</summary>
/// <remarks>Reports order decisions by this kind first, in the order listed here.</remarks>
public enum SubjectKind
{
    /// <summary>The framework version applied (G1).</summary>
    Framework,

    /// <summary>An organisation.</summary>
    Organization,

    /// <summary>A working group (G2, G4, G6).</summary>
    WorkingGroup,

    /// <summary>A proposal to dissolve or transform a working group (G5).</summary>
    WorkingGroupProposal,

    /// <summary>An initiative (an idea or a runnable project).</summary>
    Initiative,

    /// <summary>One organisation's participation in one initiative (G3); the id is <c>initiative/organisation</c>.</summary>
    Participation,

    /// <summary>A request for CLEMS to act as sales agent (G13).</summary>
    SalesAgencyRequest,

    /// <summary>An internal bid that needs members' expertise (G14).</summary>
    InternalBid,

    /// <summary>An organisation's route to an opportunity through the cluster (G15); the id is <c>organisation/opportunity</c>.</summary>
    ClusterRoute,

    /// <summary>A request for one of the cluster's services (S1–S15).</summary>
    ServiceRequest,

    /// <summary>An advertising item and its publication (S14).</summary>
    AdvertisingItem,

    /// <summary>A tender alert to a member (S11); the id is <c>tender/organisation</c>.</summary>
    TenderAlert,

    /// <summary>A project whose places are allocated (G8, G16).</summary>
    Project,

    /// <summary>A member's interest in a project's place (G8, G16); the id is <c>project/organisation</c>.</summary>
    Interest,
}
