using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Advertising;
using Clems.Rules.Allocation;
using Clems.Rules.ClusterRoutes;
using Clems.Rules.Confidentiality;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.InternalBids;
using Clems.Rules.Membership;
using Clems.Rules.SalesAgency;
using Clems.Rules.Services;
using Clems.Rules.Tenders;
using Clems.Rules.Utility;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Engine;

/// <summary>An immutable description of the cluster at a point: its organisations, memberships, working groups,
/// initiatives, framework versions and the inputs of every governance area. The engine evaluates it as of a date.</summary>
/// <remarks>
/// Every collection defaults to empty; a copy with one collection changed is <c>snapshot with { Interests = … }</c>.
/// Cross-references (an initiative naming an organisation, a membership naming its
/// organisation…) are checked by <see cref="Validate"/>, which <see cref="GovernanceEngine.Evaluate(ClusterSnapshot, NodaTime.LocalDate)"/> calls first.
/// Problems are reported with JSON paths into the scenario format (<c>$.initiatives[2].participants[0].organization</c>),
/// whose arrays mirror these collections index for index.
/// </remarks>
public sealed record ClusterSnapshot
{
    private readonly ImmutableArray<Organization> _organizations = [];
    private readonly ImmutableArray<MembershipTerm> _memberships = [];
    private readonly ImmutableArray<WorkingGroup> _workingGroups = [];
    private readonly ImmutableArray<Initiative> _initiatives = [];
    private readonly ImmutableArray<FrameworkVersion> _frameworks = [];
    private readonly ImmutableArray<WorkingGroupProposal> _workingGroupProposals = [];
    private readonly ImmutableArray<ConfidentialityAgreement> _confidentialityAgreements = [];
    private readonly ImmutableArray<ProjectPlaces> _projects = [];
    private readonly ImmutableArray<Interest> _interests = [];
    private readonly ImmutableArray<ResourceCommitment> _commitments = [];
    private readonly ImmutableArray<MemberAllocationPreferences> _memberPreferences = [];
    private readonly ImmutableArray<SalesAgencyRequest> _salesAgencyRequests = [];
    private readonly ImmutableArray<InternalBid> _internalBids = [];
    private readonly ImmutableArray<Opportunity> _opportunities = [];
    private readonly ImmutableArray<ClusterRouteRequest> _clusterRouteRequests = [];
    private readonly ImmutableArray<ServiceRequest> _serviceRequests = [];
    private readonly ImmutableArray<AdvertisingItem> _advertisingItems = [];
    private readonly ImmutableArray<AdvertisingApproval> _advertisingApprovals = [];
    private readonly ImmutableArray<TenderNotice> _tenders = [];
    private readonly ImmutableArray<TenderProfile> _tenderProfiles = [];

    /// <summary>The organisations known to the cluster, members or not.</summary>
    public ImmutableArray<Organization> Organizations { get => _organizations; init => _organizations = Preconditions.CheckItems(value); }

    /// <summary>The membership terms of the organisations.</summary>
    public ImmutableArray<MembershipTerm> Memberships { get => _memberships; init => _memberships = Preconditions.CheckItems(value); }

    /// <summary>The working groups.</summary>
    public ImmutableArray<WorkingGroup> WorkingGroups { get => _workingGroups; init => _workingGroups = Preconditions.CheckItems(value); }

    /// <summary>The initiatives, from ideas to runnable projects.</summary>
    public ImmutableArray<Initiative> Initiatives { get => _initiatives; init => _initiatives = Preconditions.CheckItems(value); }

    /// <summary>The versions of the governance framework adopted by the General Assembly (G1).</summary>
    public ImmutableArray<FrameworkVersion> Frameworks { get => _frameworks; init => _frameworks = Preconditions.CheckItems(value); }

    /// <summary>The proposals to dissolve or transform working groups (G5).</summary>
    public ImmutableArray<WorkingGroupProposal> WorkingGroupProposals { get => _workingGroupProposals; init => _workingGroupProposals = Preconditions.CheckItems(value); }

    /// <summary>The signatures of initiatives' confidentiality agreements (G3).</summary>
    public ImmutableArray<ConfidentialityAgreement> ConfidentialityAgreements { get => _confidentialityAgreements; init => _confidentialityAgreements = Preconditions.CheckItems(value); }

    /// <summary>The projects whose places are allocated (G8, G16).</summary>
    public ImmutableArray<ProjectPlaces> Projects { get => _projects; init => _projects = Preconditions.CheckItems(value); }

    /// <summary>The members' interests in project places.</summary>
    public ImmutableArray<Interest> Interests { get => _interests; init => _interests = Preconditions.CheckItems(value); }

    /// <summary>The resources members committed to projects.</summary>
    public ImmutableArray<ResourceCommitment> Commitments { get => _commitments; init => _commitments = Preconditions.CheckItems(value); }

    /// <summary>The members' caps and rankings.</summary>
    public ImmutableArray<MemberAllocationPreferences> MemberPreferences { get => _memberPreferences; init => _memberPreferences = Preconditions.CheckItems(value); }

    /// <summary>The published lottery seed that ends competition ties (G16); <see langword="null"/> when none is published.</summary>
    /// <remarks>A tie that reaches the lottery without a seed is an input error naming the tied members.</remarks>
    public string? LotterySeed { get; init; }

    /// <summary>The requests for CLEMS to act as sales agent (G13).</summary>
    public ImmutableArray<SalesAgencyRequest> SalesAgencyRequests { get => _salesAgencyRequests; init => _salesAgencyRequests = Preconditions.CheckItems(value); }

    /// <summary>The internal bids that need members' expertise (G14).</summary>
    public ImmutableArray<InternalBid> InternalBids { get => _internalBids; init => _internalBids = Preconditions.CheckItems(value); }

    /// <summary>The opportunities organisations may pursue (G15).</summary>
    public ImmutableArray<Opportunity> Opportunities { get => _opportunities; init => _opportunities = Preconditions.CheckItems(value); }

    /// <summary>The questions "should this organisation pursue this opportunity through the cluster?" (G15).</summary>
    public ImmutableArray<ClusterRouteRequest> ClusterRouteRequests { get => _clusterRouteRequests; init => _clusterRouteRequests = Preconditions.CheckItems(value); }

    /// <summary>The members' requests for the cluster's services (S1–S15).</summary>
    /// <value>Empty by default.</value>
    public ImmutableArray<ServiceRequest> ServiceRequests { get => _serviceRequests; init => _serviceRequests = Preconditions.CheckItems(value); }

    /// <summary>The advertising items members want published through the cluster (S14).</summary>
    /// <value>Empty by default.</value>
    public ImmutableArray<AdvertisingItem> AdvertisingItems { get => _advertisingItems; init => _advertisingItems = Preconditions.CheckItems(value); }

    /// <summary>The cluster's pre-approvals of advertising items (S14).</summary>
    /// <value>Empty by default.</value>
    public ImmutableArray<AdvertisingApproval> AdvertisingApprovals { get => _advertisingApprovals; init => _advertisingApprovals = Preconditions.CheckItems(value); }

    /// <summary>The public tender notices monitored for members (S11).</summary>
    /// <value>Empty by default.</value>
    public ImmutableArray<TenderNotice> Tenders { get => _tenders; init => _tenders = Preconditions.CheckItems(value); }

    /// <summary>The members' declared interests in tenders (S11), at most one per organisation.</summary>
    /// <value>Empty by default.</value>
    public ImmutableArray<TenderProfile> TenderProfiles { get => _tenderProfiles; init => _tenderProfiles = Preconditions.CheckItems(value); }

    /// <summary>Checks the snapshot's cross-references and uniqueness constraints.</summary>
    /// <returns>Every problem found, each with its JSON path; empty when the snapshot is consistent.</returns>
    public IReadOnlyList<ValidationProblem> Validate() => SnapshotValidator.Validate(this);
}
