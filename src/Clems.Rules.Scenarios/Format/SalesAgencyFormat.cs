using System.Linq;
using System.Text.Json;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.SalesAgency;
using Clems.Rules.Scenarios.Reading;

namespace Clems.Rules.Scenarios.Format;

/// The JSON of the requests for CLEMS to act as sales agent (G13), for an initiative or for a product or service.
internal static class SalesAgencyFormat
{
    internal static readonly ScenarioArray SalesAgencyRequests = ScenarioArray.Of(
        "salesAgencyRequests", ReadSalesAgencyRequest, (s, items) => s with { SalesAgencyRequests = [.. items] }, s => s.SalesAgencyRequests, WriteSalesAgencyRequest);

    private static SalesAgencyRequest? ReadSalesAgencyRequest(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "requestedBy", "item") is not { } r)
        {
            return null;
        }

        var id = r.Id("id");
        var requestedBy = r.Id("requestedBy");
        SalesAgencyItem? item = null;
        if (r.Element("item", required: true) is { } itemElement && JsonFields.Open(log, itemElement, r.At("item"), "initiative", "name", "initiators", "funders") is { } x)
        {
            if (x.Has("initiative") == x.Has("name"))
            {
                log.Add(r.At("item"), FormatProblems.ExactlyOneField, "An item names exactly one of 'initiative' (an initiative id) or 'name' (a product or service, with its 'initiators' and 'funders').");
            }
            else if (x.Has("initiative"))
            {
                if (x.Has("initiators") || x.Has("funders"))
                {
                    log.Add(r.At("item"), FormatProblems.ConflictingFields, "An initiative's initiators and funders come from the initiative itself; remove 'initiators' and 'funders'.");
                }
                else if (x.Id("initiative") is { } initiative)
                {
                    item = SalesAgencyItem.ForInitiative(new InitiativeId(initiative));
                }
            }
            else
            {
                var name = x.String("name");
                var initiators = x.Ids("initiators");
                var funders = x.Ids("funders");
                item = name is null ? null : SalesAgencyItem.ForProduct(name, initiators.Select(o => new OrganizationId(o)), funders.Select(o => new OrganizationId(o)));
            }
        }

        return id is null || requestedBy is null || item is null
            ? null
            : new SalesAgencyRequest(new SalesAgencyRequestId(id), new OrganizationId(requestedBy), item);
    }

    private static void WriteSalesAgencyRequest(Utf8JsonWriter json, SalesAgencyRequest request)
    {
        json.WriteStartObject();
        json.WriteString("id", request.Id.Value);
        json.WriteString("requestedBy", request.RequestedBy.Value);
        json.WriteStartObject("item");
        if (request.Item.Initiative is { } initiative)
        {
            json.WriteString("initiative", initiative.Value);
        }
        else
        {
            json.WriteString("name", request.Item.Name);
            json.WriteIds("initiators", request.Item.Initiators.Select(o => o.Value));
            json.WriteIds("funders", request.Item.Funders.Select(o => o.Value));
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
