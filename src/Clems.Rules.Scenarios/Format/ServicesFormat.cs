using System.Linq;
using System.Text.Json;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;
using Clems.Rules.Services;

namespace Clems.Rules.Scenarios.Format;

/// The JSON of the members' requests for the cluster's services (S1–S15).
internal static class ServicesFormat
{
    internal static readonly ScenarioArray ServiceRequests = ScenarioArray.Of(
        "serviceRequests", ReadServiceRequest, (s, items) => s with { ServiceRequests = [.. items] }, s => s.ServiceRequests, WriteServiceRequest);


    private static ServiceRequest? ReadServiceRequest(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "service", "requestedBy", "requestedOn", "participants", "opportunity") is not { } r)
        {
            return null;
        }

        var id = r.Id("id");
        var service = r.Enum("service", ServiceVocabulary.Services);
        var requestedBy = r.Id("requestedBy");
        var requestedOn = r.Date("requestedOn");
        var participants = r.Ids("participants");
        var opportunity = r.Id("opportunity", required: false);
        var failed = r.Has("opportunity") && opportunity is null;
        return id is null || service is null || requestedBy is null || requestedOn is null || failed
            ? null
            : new ServiceRequest
            {
                Id = new ServiceRequestId(id),
                Service = service.Value,
                RequestedBy = new OrganizationId(requestedBy),
                RequestedOn = requestedOn.Value,
                Participants = [.. participants.Select(p => new OrganizationId(p))],
                Opportunity = opportunity,
            };
    }

    private static void WriteServiceRequest(Utf8JsonWriter json, ServiceRequest request)
    {
        json.WriteStartObject();
        json.WriteString("id", request.Id.Value);
        json.WriteString("service", ServiceVocabulary.Services.NameOf(request.Service));
        json.WriteString("requestedBy", request.RequestedBy.Value);
        json.WriteDate("requestedOn", request.RequestedOn);
        if (!request.Participants.IsEmpty)
        {
            json.WriteIds("participants", request.Participants.Select(p => p.Value));
        }

        if (request.Opportunity is { } opportunity)
        {
            json.WriteString("opportunity", opportunity);
        }

        json.WriteEndObject();
    }
}
