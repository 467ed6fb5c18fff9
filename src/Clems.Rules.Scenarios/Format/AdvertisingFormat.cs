using System.Text.Json;
using Clems.Rules.Advertising;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;

namespace Clems.Rules.Scenarios.Format;

/// The JSON of advertising items and their pre-approvals (S14).
internal static class AdvertisingFormat
{
    internal static readonly ScenarioArray AdvertisingItems = ScenarioArray.Of(
        "advertisingItems", ReadAdvertisingItem, (s, items) => s with { AdvertisingItems = [.. items] }, s => s.AdvertisingItems, WriteAdvertisingItem);

    internal static readonly ScenarioArray AdvertisingApprovals = ScenarioArray.Of(
        "advertisingApprovals",
        ReadAdvertisingApproval,
        (s, items) => s with { AdvertisingApprovals = [.. items] },
        s => s.AdvertisingApprovals,
        WriteAdvertisingApproval);

    private static AdvertisingItem? ReadAdvertisingItem(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "member", "content", "channel", "publishAt") is not { } a)
        {
            return null;
        }

        var id = a.Id("id");
        var member = a.Id("member");
        var content = a.String("content", maxLength: 100_000);
        var channel = a.Id("channel");
        var publishAt = a.Instant("publishAt");
        return id is null || member is null || content is null || channel is null || publishAt is null
            ? null
            : new AdvertisingItem
            {
                Id = new AdvertisingItemId(id),
                Member = new OrganizationId(member),
                Content = content,
                Channel = channel,
                PublishAt = publishAt.Value,
            };
    }

    private static void WriteAdvertisingItem(Utf8JsonWriter json, AdvertisingItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", item.Id.Value);
        json.WriteString("member", item.Member.Value);
        json.WriteString("content", item.Content);
        json.WriteString("channel", item.Channel);
        json.WriteInstant("publishAt", item.PublishAt);
        json.WriteEndObject();
    }

    private static AdvertisingApproval? ReadAdvertisingApproval(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "item", "contentSha256", "channel", "validFrom", "validTo", "approvedOn") is not { } a)
        {
            return null;
        }

        var id = a.Id("id");
        var item = a.Id("item");
        var sha = a.String("contentSha256", maxLength: 200);
        if (sha is not null && log.Add(AdvertisingApproval.CheckContentSha256(sha, a.At("contentSha256"))))
        {
            sha = null;
        }

        var channel = a.Id("channel");
        var validFrom = a.Date("validFrom");
        var validTo = a.Date("validTo");
        var approvedOn = a.Date("approvedOn");
        if (validFrom is { } from && validTo is { } to && log.Add(AdvertisingApproval.CheckValidity(from, to, a.At("validTo"))))
        {
            return null;
        }

        return id is null || item is null || sha is null || channel is null || validFrom is null || validTo is null || approvedOn is null
            ? null
            : new AdvertisingApproval
            {
                Id = new AdvertisingApprovalId(id),
                Item = new AdvertisingItemId(item),
                ContentSha256 = sha,
                Channel = channel,
                ValidFrom = validFrom.Value,
                ValidTo = validTo.Value,
                ApprovedOn = approvedOn.Value,
            };
    }

    private static void WriteAdvertisingApproval(Utf8JsonWriter json, AdvertisingApproval approval)
    {
        json.WriteStartObject();
        json.WriteString("id", approval.Id.Value);
        json.WriteString("item", approval.Item.Value);
        json.WriteString("contentSha256", approval.ContentSha256);
        json.WriteString("channel", approval.Channel);
        json.WriteDate("validFrom", approval.ValidFrom);
        json.WriteDate("validTo", approval.ValidTo);
        json.WriteDate("approvedOn", approval.ApprovedOn);
        json.WriteEndObject();
    }
}
