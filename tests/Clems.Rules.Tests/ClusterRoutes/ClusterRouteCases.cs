using Clems.Rules.ClusterRoutes;
using Clems.Rules.Decisions;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Tests.ClusterRoutes;

/// The scenario both cluster-route rule tests use: member org-a (objectives W1 and W3, the given resources) asks about
/// one opportunity.
internal static class ClusterRouteCases
{
    public static SnapshotBuilder Request(Money? resources, Opportunity opportunity)
        => A.Snapshot().With(A.Member("org-a").WithObjectives(resources, ThematicArea.W1WaterAndWastewater, ThematicArea.W3CircularEconomy))
            .With(opportunity)
            .With(new ClusterRouteRequest(new("org-a"), opportunity.Id));

    /// Call opp-1 in W1 (water and wastewater), open to a single applicant that has <paramref name="resources"/>.
    public static Opportunity Needing(Money resources)
        => new(new("opp-1"), "Call", [ThematicArea.W1WaterAndWastewater], resourcesNeeded: resources);

    /// Call opp-1 in <paramref name="area"/>, for a consortium of at least <paramref name="minimumPartners"/>.
    public static Opportunity ConsortiumCall(ThematicArea area, int minimumPartners = 1)
        => new(new("opp-1"), "Call", [area], requiresConsortium: true, minimumPartners: minimumPartners);

    public static Decision Route(Money? resources, Opportunity opportunity)
        => Request(resources, opportunity).SingleDecision(SubjectKind.ClusterRoute, "org-a/" + opportunity.Id);
}
