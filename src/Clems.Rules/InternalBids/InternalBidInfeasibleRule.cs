using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.InternalBids;

/// G14: CLEMS bids internally only with its members' expertise. A bid whose required expertise the interested active
/// members do not cover is infeasible: each missing tag is a reason, and so is each interested organisation that does
/// not count because it is not an active member.
[Name("InternalBids.Infeasible")]
[Description("An internal bid is infeasible when the declared expertise of the interested active members does not cover the expertise it requires; each missing tag is a reason.")]
[Tag("G14")]
[Priority(RulePriorities.Findings)]
internal sealed class InternalBidInfeasibleRule : Rule
{
    public override void Define()
    {
        InternalBidFact bid = null!;

        When()
            .Match(() => bid, b => !InternalBidClauses.HasInterestedMember(b) || !InternalBidClauses.ExpertiseCovered(b));

        Then()
            .Do(ctx => Decide(ctx, bid));
    }

    private static void Decide(IContext ctx, InternalBidFact bid)
    {
        var reasons = new List<Reason>();
        if (!InternalBidClauses.HasInterestedMember(bid))
        {
            reasons.Add(InternalBidsReasons.NoInterestedMember(bid));
        }

        foreach (var outsider in bid.Interested.Where(i => !i.IsActive))
        {
            reasons.Add(InternalBidsReasons.InterestedNotAMember(outsider));
        }

        foreach (var tag in bid.Missing)
        {
            reasons.Add(InternalBidsReasons.ExpertiseMissing(tag));
        }

        ctx.Decide(bid.Subject, DecisionOutcome.Infeasible, reasons);
    }
}
