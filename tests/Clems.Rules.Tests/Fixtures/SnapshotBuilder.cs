using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.ClusterRoutes;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.InternalBids;
using Clems.Rules.SalesAgency;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Tests.Fixtures;

/// Builds a cluster snapshot; without explicit frameworks it holds one version, <c>v1</c>, in force since <see cref="Dates.Joined"/>.
internal sealed partial class SnapshotBuilder
{
    private readonly List<OrganizationBuilder> _organizations = [];
    private readonly List<WorkingGroup> _groups = [];
    private readonly List<InitiativeBuilder> _initiatives = [];
    private readonly List<SalesAgencyRequest> _salesAgencyRequests = [];
    private readonly List<InternalBid> _internalBids = [];
    private readonly List<Opportunity> _opportunities = [];
    private readonly List<ClusterRouteRequest> _clusterRouteRequests = [];
    private List<FrameworkVersion>? _frameworks;
    private readonly List<ProjectPlaces> _projects = [];
    private readonly List<Interest> _interests = [];
    private readonly List<ResourceCommitment> _commitments = [];
    private readonly List<MemberAllocationPreferences> _preferences = [];
    private string? _seed;

    public SnapshotBuilder With(params SalesAgencyRequest[] requests)
    {
        _salesAgencyRequests.AddRange(requests);
        return this;
    }

    public SnapshotBuilder With(params InternalBid[] bids)
    {
        _internalBids.AddRange(bids);
        return this;
    }

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

    public static FrameworkVersion DefaultFramework { get; } =
        new(new FrameworkVersionId("v1"), Dates.FrameworkAdopted, Dates.Joined);

    public SnapshotBuilder With(params OrganizationBuilder[] organizations)
    {
        _organizations.AddRange(organizations);
        return this;
    }

    public SnapshotBuilder With(params WorkingGroup[] groups)
    {
        _groups.AddRange(groups);
        return this;
    }

    public SnapshotBuilder With(params InitiativeBuilder[] initiatives)
    {
        _initiatives.AddRange(initiatives);
        return this;
    }

    public SnapshotBuilder WithFrameworks(params FrameworkVersion[] frameworks)
    {
        _frameworks = [.. frameworks];
        return this;
    }

    public SnapshotBuilder With(params ProjectPlaces[] projects)
    {
        _projects.AddRange(projects);
        return this;
    }

    public SnapshotBuilder With(params Interest[] interests)
    {
        _interests.AddRange(interests);
        return this;
    }

    public SnapshotBuilder With(params ResourceCommitment[] commitments)
    {
        _commitments.AddRange(commitments);
        return this;
    }

    public SnapshotBuilder With(params MemberAllocationPreferences[] preferences)
    {
        _preferences.AddRange(preferences);
        return this;
    }

    public SnapshotBuilder WithLotterySeed(string seed)
    {
        _seed = seed;
        return this;
    }

    public ClusterSnapshot Build() => new()
    {
        Projects = [.. _projects],
        Interests = [.. _interests],
        Commitments = [.. _commitments],
        MemberPreferences = [.. _preferences],
        LotterySeed = _seed,
        Organizations = [.. _organizations.Select(o => o.Build())],
        Memberships = [.. _organizations.SelectMany(o => o.BuildTerms())],
        WorkingGroups = [.. _groups],
        Initiatives = [.. _initiatives.Select(i => i.Build())],
        Frameworks = [.. _frameworks ?? [DefaultFramework]],
        SalesAgencyRequests = [.. _salesAgencyRequests],
        InternalBids = [.. _internalBids],
        Opportunities = [.. _opportunities],
        ClusterRouteRequests = [.. _clusterRouteRequests],
        WorkingGroupProposals = [.. _proposals],
        ConfidentialityAgreements = [.. _agreements],
    };
}
