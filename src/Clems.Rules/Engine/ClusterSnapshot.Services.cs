using System.Collections.Immutable;
using Clems.Rules.Services;
using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

public sealed partial class ClusterSnapshot
{
    private readonly ImmutableArray<ServiceRequest> _serviceRequests = [];
    private readonly ImmutableArray<AdvertisingItem> _advertisingItems = [];
    private readonly ImmutableArray<AdvertisingApproval> _advertisingApprovals = [];

    /// <summary>The members' requests for the cluster's services (S1–S15).</summary>
    /// <value>Empty by default.</value>
    public ImmutableArray<ServiceRequest> ServiceRequests { get => _serviceRequests; init => _serviceRequests = Preconditions.CheckItems(value); }

    /// <summary>The advertising items members want published through the cluster (S14).</summary>
    /// <value>Empty by default.</value>
    public ImmutableArray<AdvertisingItem> AdvertisingItems { get => _advertisingItems; init => _advertisingItems = Preconditions.CheckItems(value); }

    /// <summary>The cluster's pre-approvals of advertising items (S14).</summary>
    /// <value>Empty by default.</value>
    public ImmutableArray<AdvertisingApproval> AdvertisingApprovals { get => _advertisingApprovals; init => _advertisingApprovals = Preconditions.CheckItems(value); }
}
