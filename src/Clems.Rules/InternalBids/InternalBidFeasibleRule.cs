using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.InternalBids;

/// G14: an internal bid whose required expertise is covered by the declared expertise of its interested active members
/// is feasible; one reason per required tag names the members that declare it.
[Name("InternalBids.Feasible")]
[Description("An internal bid is feasible when the declared expertise of the interested active members covers every expertise it requires.")]
[Tag("G14")]
[Priority(RulePriorities.Conclusions)]
internal sealed class InternalBidFeasibleRule : Rule
{
    public override void Define()
    {
        InternalBidFact bid = null!;

        When()
            .Match(() => bid, b => InternalBidClauses.HasInterestedMember(b) && InternalBidClauses.ExpertiseCovered(b));

        Then()
            .Do(ctx => Decide(ctx, bid));
    }

    private static void Decide(IContext ctx, InternalBidFact bid)
    {
        var active = bid.Interested.Where(i => i.IsActive).ToList();
        var reasons = bid.Bid.RequiredExpertise
            .Distinct()
            .Order(System.StringComparer.Ordinal)
            .Select(tag => InternalBidsReasons.ExpertiseCovered(tag, active.Where(m => m.Organization.Expertise.Contains(tag))))
            .Prepend(InternalBidsReasons.InterestedMembers(bid, active.Count));
        ctx.Decide(bid.Subject, DecisionOutcome.Feasible, reasons);
    }
}
