using System.Collections.Generic;
using Clems.Rules.ClusterRoutes;

namespace Clems.Rules.Tests.Fixtures;

/// Opportunities and the questions whether to pursue them through the cluster (G15); the organisation's objectives
/// are declared with <see cref="OrganizationBuilder.WithObjectives"/>.
internal sealed partial class SnapshotBuilder
{
    private readonly List<Opportunity> _opportunities = [];
    private readonly List<ClusterRouteRequest> _clusterRouteRequests = [];

    public SnapshotBuilder With(params Opportunity[] opportunities)
    {
        _opportunities.AddRange(opportunities);
        return this;
    }

    public SnapshotBuilder With(params ClusterRouteRequest[] requests)
    {
        _clusterRouteRequests.AddRange(requests);
        return this;
    }
}
