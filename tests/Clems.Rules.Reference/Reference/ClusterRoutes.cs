using System.Collections.Generic;
using System.Linq;
using Clems.Rules.ClusterRoutes;
using Clems.Rules.Decisions;

namespace Clems.Rules.Reference.Clauses;

/// G15: the cluster route is recommended when the objectives match and the organisation could not take part alone.
internal static class ClusterRoutes
{
    public static void Decide(Cluster cluster)
    {
        foreach (var request in cluster.Snapshot.ClusterRouteRequests)
        {
            Decide(cluster, request);
        }
    }

    private static void Decide(Cluster cluster, ClusterRouteRequest request)
    {
        var organization = cluster.OrganizationById[request.Organization];
        var opportunity = cluster.Snapshot.Opportunities.Single(o => o.Id == request.Opportunity);
        var objectivesMatch = organization.ThematicAreas.Intersect(opportunity.ThematicAreas).Any();
        var consortium = opportunity.RequiresConsortium;
        var partners = opportunity.MinimumPartners > 1;
        var short_ = ResourcesShort(cluster, organization.Resources, opportunity.ResourcesNeeded);
        var cannotGoAlone = consortium || partners || short_;
        var id = request.Organization.Value + "/" + request.Opportunity.Value;
        if (objectivesMatch && cannotGoAlone)
        {
            var reasons = new List<string> { "G15.objectives-match" };
            AddIf(reasons, consortium, "G15.consortium-required");
            AddIf(reasons, partners, "G15.partners-required");
            AddIf(reasons, short_, "G15.resources-insufficient");
            cluster.Decide(SubjectKind.ClusterRoute, id, DecisionOutcome.Recommended, "ClusterRoutes.Recommended", "G15", reasons);
            return;
        }

        var against = new List<string>();
        AddIf(against, !objectivesMatch, "G15.objectives-differ");
        if (!cannotGoAlone)
        {
            against.Add("G15.single-applicant");
            against.Add(opportunity.ResourcesNeeded is null ? "G15.no-resources-needed"
                : organization.Resources is null ? "G15.resources-not-declared"
                : "G15.resources-sufficient");
        }

        cluster.Decide(SubjectKind.ClusterRoute, id, DecisionOutcome.NotRecommended, "ClusterRoutes.NotRecommended", "G15", against);
    }

    /// Below the need, converted at the framework's rates; undeclared resources or need are not "short".
    private static bool ResourcesShort(Cluster cluster, Money? resources, Money? needed)
        => resources is { } have && needed is { } need
            && (Rates.Convert(have, need.Currency, cluster.Parameters) ?? throw new ReferenceInputException("G15: no exchange rate.")) < need.Amount;

    private static void AddIf(List<string> reasons, bool condition, string code)
    {
        if (condition)
        {
            reasons.Add(code);
        }
    }
}
