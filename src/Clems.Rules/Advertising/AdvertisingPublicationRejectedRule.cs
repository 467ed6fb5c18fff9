using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
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
            .Match(() => item, i => !i.Standing.IsActive || !AdvertisingClauses.HasCoveringApproval(i));

        Then()
            .Do(ctx => Reject(ctx, item));
    }

    private static void Reject(IContext ctx, AdvertisingItemFact item) => ctx.Decide(item.Subject, DecisionOutcome.Rejected, Reasons(item));

    private static IEnumerable<Reason> Reasons(AdvertisingItemFact item)
    {
        if (!item.Standing.IsActive)
        {
            yield return AdvertisingReasons.NotActiveMember(item);
        }

        if (AdvertisingClauses.HasCoveringApproval(item))
        {
            yield break;
        }

        if (item.Approvals.IsEmpty)
        {
            yield return AdvertisingReasons.NoApproval(item);
            yield break;
        }

        foreach (var approval in item.Approvals)
        {
            if (!AdvertisingClauses.ContentUnchanged(item, approval))
            {
                yield return AdvertisingReasons.ContentChanged(item, approval);
            }

            if (!AdvertisingClauses.SameChannel(item, approval))
            {
                yield return AdvertisingReasons.WrongChannel(item, approval);
            }

            if (!AdvertisingClauses.PublishedWithinValidity(item, approval))
            {
                yield return AdvertisingReasons.OutsideValidity(item, approval);
            }

            if (!AdvertisingClauses.ApprovedBeforePublication(item, approval))
            {
                yield return AdvertisingReasons.ApprovedAfterPublication(item, approval);
            }
        }
    }
}
