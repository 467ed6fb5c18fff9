using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Xunit;

namespace Clems.Rules.Tests.Fixtures;

/// The one way the tests build a cluster snapshot: <c>A.Snapshot().With(A.Member("org-a")).With(An.Initiative("i-1").By("org-a"))</c>.
/// Each governance area's inputs are in its own file, <c>SnapshotBuilder.&lt;Area&gt;.cs</c>: the <c>With</c> overloads
/// that add them and the area's test data with defaults (<c>Request</c>, <c>Tender</c>, <c>Dissolve</c>…). Every
/// collection not given stays empty; without explicit frameworks the snapshot holds one version, <c>v1</c>, in force
/// since <see cref="Dates.Joined"/>. Items keep the order in which they were added.
internal sealed partial class SnapshotBuilder
{
    public ClusterSnapshot Build() => new()
    {
        Organizations = [.. BuildOrganizations()],
        Memberships = [.. BuildMemberships()],
        Frameworks = [.. _frameworks ?? [DefaultFramework]],
        WorkingGroups = [.. _groups],
        WorkingGroupProposals = [.. _proposals],
        Initiatives = [.. BuildInitiatives()],
        ConfidentialityAgreements = [.. _agreements],
        SalesAgencyRequests = [.. _salesAgencyRequests],
        InternalBids = [.. _internalBids],
        Opportunities = [.. _opportunities],
        ClusterRouteRequests = [.. _clusterRouteRequests],
        ServiceRequests = [.. _serviceRequests],
        AdvertisingItems = [.. _advertisingItems],
        AdvertisingApprovals = [.. _advertisingApprovals],
        Tenders = [.. _tenders],
        TenderProfiles = [.. _tenderProfiles],
        Projects = [.. _projects.Select(WithAgreementsStamped)],
        Interests = [.. _interests],
        Commitments = [.. _commitments],
        MemberPreferences = [.. _preferences],
        LotterySeed = LotterySeed,
    };

    /// Evaluates the snapshot with the shared engine as of <see cref="Dates.AsOf"/>.
    public GovernanceReport Evaluate() => Engines.Shared.Evaluate(Build(), Dates.AsOf);

    /// The engine's only decision about the subject, as of <see cref="Dates.AsOf"/>.
    public Decision SingleDecision(SubjectKind kind, string id) => Assert.Single(Evaluate().For(kind, id));
}
