using System.Linq;
using System.Text.Json;
using Clems.Rules.ClusterRoutes;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;

namespace Clems.Rules.Scenarios.Format;

/// The JSON of the opportunities organisations may pursue and of the questions whether to pursue one through the
/// cluster (G15).
internal static class ClusterRoutesFormat
{
    internal static readonly ScenarioArray Opportunities = ScenarioArray.Of(
        "opportunities", ReadOpportunity, (s, items) => s with { Opportunities = [.. items] }, s => s.Opportunities, WriteOpportunity);

    internal static readonly ScenarioArray ClusterRouteRequests = ScenarioArray.Of(
        "clusterRouteRequests", ReadClusterRouteRequest, (s, items) => s with { ClusterRouteRequests = [.. items] }, s => s.ClusterRouteRequests, WriteClusterRouteRequest);

    private static Opportunity? ReadOpportunity(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "title", "thematicAreas", "requiresConsortium", "minimumPartners", "resourcesNeeded") is not { } o)
        {
            return null;
        }

        var before = log.Problems.Count;
        var id = o.Id("id");
        var title = o.String("title");
        var areas = o.Enums("thematicAreas", ScenarioVocabulary.Areas, "a thematic area");
        var consortium = o.Bool("requiresConsortium") ?? false;
        var partners = o.Has("minimumPartners") ? o.Int("minimumPartners", 1, 1000) : 1;
        var needed = o.Money("resourcesNeeded", required: false);
        return id is null || title is null || partners is null || log.Problems.Count > before
            ? null
            : new Opportunity(new OpportunityId(id), title, areas, consortium, partners.Value, needed);
    }

    private static void WriteOpportunity(Utf8JsonWriter json, Opportunity opportunity)
    {
        json.WriteStartObject();
        json.WriteString("id", opportunity.Id.Value);
        json.WriteString("title", opportunity.Title);
        json.WriteIds("thematicAreas", opportunity.ThematicAreas.Select(ScenarioVocabulary.Areas.NameOf));
        if (opportunity.RequiresConsortium)
        {
            json.WriteBoolean("requiresConsortium", true);
        }

        if (opportunity.MinimumPartners != 1)
        {
            json.WriteNumber("minimumPartners", opportunity.MinimumPartners);
        }

        if (opportunity.ResourcesNeeded is { } needed)
        {
            json.WriteMoney("resourcesNeeded", needed);
        }

        json.WriteEndObject();
    }

    private static ClusterRouteRequest? ReadClusterRouteRequest(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "organization", "opportunity") is not { } r)
        {
            return null;
        }

        var organization = r.Id("organization");
        var opportunity = r.Id("opportunity");
        return organization is null || opportunity is null
            ? null
            : new ClusterRouteRequest(new OrganizationId(organization), new OpportunityId(opportunity));
    }

    private static void WriteClusterRouteRequest(Utf8JsonWriter json, ClusterRouteRequest request)
    {
        json.WriteStartObject();
        json.WriteString("organization", request.Organization.Value);
        json.WriteString("opportunity", request.Opportunity.Value);
        json.WriteEndObject();
    }
}
