using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Advertising;

/// S14: an item is published only with a pre-approval of that exact item (same content hash, channel, validity
/// interval), and only for an active member (G10). Lists every reason: the membership, and for each of the item's
/// approvals each way it fails (or that it has none).
[Name("Advertising.PublicationRejected")]
[Description("An advertising item whose member is not active, or that no approval of that exact item covers (content SHA-256, channel, validity interval, approved before publication), is refused publication.")]
[Tag("G10")]
[Tag("S14")]
[Priority(RulePriorities.Findings)]
internal sealed class AdvertisingPublicationRejectedRule : Rule
{
    public override void Define()
    {
        AdvertisingItemFact item = null!;

        When()
            .Match(() => item, i => !i.Standing.IsActive || !i.HasCoveringApproval);

        Then()
            .Do(ctx => Reject(ctx, item));
    }

    private static void Reject(IContext ctx, AdvertisingItemFact item) => ctx.Decide(item.Subject, DecisionOutcome.Rejected, Reasons(item));

    private static IEnumerable<Reason> Reasons(AdvertisingItemFact item)
    {
        var organization = item.Standing.Organization;
        var what = $"item {item.Item.Id} ({item.Item.Channel}, to publish on {Text.Date(item.PublicationDate)})";
        if (!item.Standing.IsActive)
        {
            yield return new Reason(
                "G10." + item.Standing.ReasonCode,
                $"{organization.Name} ({organization.Id}), which advertises {what}, {item.Standing.Describe()} (as of {Text.Date(item.Standing.AsOf)}); "
                + "the advertising channel (S14) is for active members only.");
        }

        if (item.HasCoveringApproval)
        {
            yield break;
        }

        if (item.Approvals.IsEmpty)
        {
            yield return new Reason(
                "S14.no-approval",
                $"No approval names {what}; each item needs its own approval before publication, and an approval of another item never covers it.");
            yield break;
        }

        foreach (var check in item.Approvals)
        {
            var approval = check.Approval;
            if (!check.HashMatches)
            {
                yield return new Reason(
                    "S14.content-changed",
                    $"Approval {approval.Id} was given for content with SHA-256 {ContentHash.Short(approval.ContentSha256)}…, but item {item.Item.Id} now has "
                    + $"SHA-256 {ContentHash.Short(item.ContentSha256)}…: the item was edited after approval, which voids it.");
            }

            if (!check.ChannelMatches)
            {
                yield return new Reason(
                    "S14.wrong-channel",
                    $"Approval {approval.Id} is for channel {approval.Channel}, but item {item.Item.Id} is to be published on {item.Item.Channel}.");
            }

            if (!check.InInterval)
            {
                yield return new Reason(
                    "S14.outside-validity",
                    $"Approval {approval.Id} is valid from {check.Interval}, but item {item.Item.Id} is to be published on {Text.Date(item.PublicationDate)} "
                    + $"({Text.Instant(item.Item.PublishAt)}, Europe/Bucharest date).");
            }

            if (!check.ApprovedBeforePublication)
            {
                yield return new Reason(
                    "S14.approved-after-publication",
                    $"Approval {approval.Id} was given on {Text.Date(approval.ApprovedOn)}, after the publication date {Text.Date(item.PublicationDate)} of item {item.Item.Id}; "
                    + "an item needs its approval before publication.");
            }
        }
    }
}
