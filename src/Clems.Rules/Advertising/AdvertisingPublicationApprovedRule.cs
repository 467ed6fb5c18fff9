using Clems.Rules.Decisions;
using Clems.Rules.Engine;
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
            .Match(() => item, i => i.Standing.IsActive, i => AdvertisingClauses.HasCoveringApproval(i));

        Then()
            .Do(ctx => Approve(ctx, item));
    }

    private static void Approve(IContext ctx, AdvertisingItemFact item)
        => ctx.Decide(
            item.Subject,
            DecisionOutcome.Approved,
            [AdvertisingReasons.ActiveMember(item), AdvertisingReasons.Approved(item, AdvertisingClauses.CoveringApproval(item)!)]);
}
