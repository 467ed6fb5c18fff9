using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Advertising;

/// S14: an active member's item that an approval of that exact item covers may be published; the reasons name the
/// approval, the content hash, the channel and the interval.
[Name("Advertising.PublicationApproved")]
[Description("An active member's advertising item is approved for publication when an approval of that exact item covers its current content SHA-256, its channel and its publication date.")]
[Tag("G10")]
[Tag("S14")]
[Priority(RulePriorities.Conclusions)]
internal sealed class AdvertisingPublicationApprovedRule : Rule
{
    public override void Define()
    {
        AdvertisingItemFact item = null!;

        When()
            .Match(() => item, i => i.Standing.IsActive, i => i.HasCoveringApproval);

        Then()
            .Do(ctx => Approve(ctx, item));
    }

    private static void Approve(IContext ctx, AdvertisingItemFact item)
    {
        var organization = item.Standing.Organization;
        var check = item.Approvals.First(a => a.Covers);
        var member = new Reason(
            "G10.active-member",
            $"{organization.Name} ({organization.Id}) {item.Standing.Describe()} (as of {Text.Date(item.Standing.AsOf)}); the advertising channel (S14) is for active members.");
        var approved = new Reason(
            "S14.approved",
            $"Approval {check.Approval.Id}, given on {Text.Date(check.Approval.ApprovedOn)}, covers item {item.Item.Id} as it is now: content SHA-256 "
            + $"{ContentHash.Short(item.ContentSha256)}…, channel {item.Item.Channel}, valid from {check.Interval}, which includes the publication date "
            + $"{Text.Date(item.PublicationDate)}.");
        ctx.Decide(item.Subject, DecisionOutcome.Approved, [member, approved]);
    }
}
