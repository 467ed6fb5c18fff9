using System.Linq;
using System.Text.Json;
using Clems.Rules.Engine;
using NodaTime.Text;

namespace Clems.Rules.Scenarios;

public static partial class ScenarioWriter
{
    private static void WriteServices(Utf8JsonWriter json, ClusterSnapshot snapshot)
    {
        json.WriteStartArray("serviceRequests");
        foreach (var request in snapshot.ServiceRequests)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("id", request.Id.Value);
            json.WriteString("service", ServiceVocabulary.Services.NameOf(request.Service));
            json.WriteString("requestedBy", request.RequestedBy.Value);
            json.WriteString("requestedOn", Date(request.RequestedOn));
            if (!request.Participants.IsEmpty)
            {
                WriteIds(json, "participants", request.Participants.Select(p => p.Value));
            }

            if (request.Opportunity is { } opportunity)
            {
                json.WriteString("opportunity", opportunity);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("advertisingItems");
        foreach (var item in snapshot.AdvertisingItems)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("id", item.Id.Value);
            json.WriteString("member", item.Member.Value);
            json.WriteString("content", item.Content);
            json.WriteString("channel", item.Channel);
            json.WriteString("publishAt", InstantPattern.ExtendedIso.Format(item.PublishAt));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("advertisingApprovals");
        foreach (var approval in snapshot.AdvertisingApprovals)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("id", approval.Id.Value);
            json.WriteString("item", approval.Item.Value);
            json.WriteString("contentSha256", approval.ContentSha256);
            json.WriteString("channel", approval.Channel);
            json.WriteString("validFrom", Date(approval.ValidFrom));
            json.WriteString("validTo", Date(approval.ValidTo));
            json.WriteString("approvedOn", Date(approval.ApprovedOn));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
