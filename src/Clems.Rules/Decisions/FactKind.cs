namespace Clems.Rules.Decisions;

/// <summary>The kind of input fact a <see cref="FactReference"/> points at, one per array of the scenario format.</summary>
/// <remarks>A reference is written as <c>kind:id</c> with the kind in camelCase as the scenario format names it
/// (<see cref="FactReference.KindName"/>), and references are ordered by that name.</remarks>
public enum FactKind
{
    /// <summary>An organisation (<c>organization</c>).</summary>
    Organization,

    /// <summary>A membership term (<c>membership</c>), identified as <c>organisation/start date</c>.</summary>
    Membership,

    /// <summary>A representative of an organisation (<c>representative</c>).</summary>
    Representative,

    /// <summary>A framework version (<c>framework</c>).</summary>
    Framework,

    /// <summary>A working group (<c>workingGroup</c>).</summary>
    WorkingGroup,

    /// <summary>A proposal to dissolve or transform a working group (<c>workingGroupProposal</c>).</summary>
    WorkingGroupProposal,

    /// <summary>An initiative (<c>initiative</c>).</summary>
    Initiative,

    /// <summary>A signature of an initiative's confidentiality agreement (<c>confidentialityAgreement</c>), identified as
    /// <c>initiative/organisation</c>.</summary>
    ConfidentialityAgreement,

    /// <summary>A sales-agency request (<c>salesAgencyRequest</c>).</summary>
    SalesAgencyRequest,

    /// <summary>An internal bid (<c>internalBid</c>).</summary>
    InternalBid,

    /// <summary>An opportunity (<c>opportunity</c>).</summary>
    Opportunity,

    /// <summary>A service request (<c>serviceRequest</c>).</summary>
    ServiceRequest,

    /// <summary>An advertising item (<c>advertisingItem</c>).</summary>
    AdvertisingItem,

    /// <summary>An advertising approval (<c>advertisingApproval</c>).</summary>
    AdvertisingApproval,

    /// <summary>A tender notice (<c>tender</c>).</summary>
    Tender,

    /// <summary>A member's tender profile (<c>tenderProfile</c>), identified by its organisation.</summary>
    TenderProfile,

    /// <summary>A project's places and competition (<c>project</c>), identified by its initiative.</summary>
    Project,

    /// <summary>A member's interest in a project's place (<c>interest</c>), identified as <c>project/organisation</c>.</summary>
    Interest,
}
