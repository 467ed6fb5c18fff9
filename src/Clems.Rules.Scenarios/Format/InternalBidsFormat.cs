using System.Linq;
using System.Text.Json;
using Clems.Rules.InternalBids;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;

namespace Clems.Rules.Scenarios.Format;

/// The JSON of the internal bids that need members' expertise (G14).
internal static class InternalBidsFormat
{
    internal static readonly ScenarioArray InternalBids = ScenarioArray.Of(
        "internalBids", ReadInternalBid, (s, items) => s with { InternalBids = [.. items] }, s => s.InternalBids, WriteInternalBid);

    private static InternalBid? ReadInternalBid(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "title", "requiredExpertise", "interestedMembers") is not { } b)
        {
            return null;
        }

        var id = b.Id("id");
        var title = b.String("title");
        var required = b.Ids("requiredExpertise");
        var interested = b.Ids("interestedMembers");
        return id is null || title is null
            ? null
            : new InternalBid(new InternalBidId(id), title, required, interested.Select(o => new OrganizationId(o)));
    }

    private static void WriteInternalBid(Utf8JsonWriter json, InternalBid bid)
    {
        json.WriteStartObject();
        json.WriteString("id", bid.Id.Value);
        json.WriteString("title", bid.Title);
        json.WriteIds("requiredExpertise", bid.RequiredExpertise);
        json.WriteIds("interestedMembers", bid.InterestedMembers.Select(o => o.Value));
        json.WriteEndObject();
    }
}
