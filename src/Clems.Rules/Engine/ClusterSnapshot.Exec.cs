using System.Collections.Immutable;
using Clems.Rules.ClusterRoutes;
using Clems.Rules.InternalBids;
using Clems.Rules.SalesAgency;
using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

public sealed partial class ClusterSnapshot
{
    private readonly ImmutableArray<SalesAgencyRequest> _salesAgencyRequests = [];
    private readonly ImmutableArray<InternalBid> _internalBids = [];
    private readonly ImmutableArray<Opportunity> _opportunities = [];
    private readonly ImmutableArray<ClusterRouteRequest> _clusterRouteRequests = [];

    /// <summary>The requests for CLEMS to act as sales agent (G13).</summary>
    public ImmutableArray<SalesAgencyRequest> SalesAgencyRequests { get => _salesAgencyRequests; init => _salesAgencyRequests = Preconditions.CheckItems(value); }

    /// <summary>The internal bids that need members' expertise (G14).</summary>
    public ImmutableArray<InternalBid> InternalBids { get => _internalBids; init => _internalBids = Preconditions.CheckItems(value); }

    /// <summary>The opportunities organisations may pursue (G15).</summary>
    public ImmutableArray<Opportunity> Opportunities { get => _opportunities; init => _opportunities = Preconditions.CheckItems(value); }

    /// <summary>The questions "should this organisation pursue this opportunity through the cluster?" (G15).</summary>
    public ImmutableArray<ClusterRouteRequest> ClusterRouteRequests { get => _clusterRouteRequests; init => _clusterRouteRequests = Preconditions.CheckItems(value); }
}
