using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
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
            .Match(() => bid, b => b.Feasible);

        Then()
            .Do(ctx => Decide(ctx, bid));
    }

    private static void Decide(IContext ctx, InternalBidFact bid)
    {
        var active = bid.Interested.Where(i => i.IsActive).ToList();
        var reasons = bid.Bid.RequiredExpertise
            .Distinct()
            .Order(System.StringComparer.Ordinal)
            .Select(tag => new Reason(
                "G14.expertise-covered",
                $"Expertise '{tag}' is declared by {Text.List([.. active.Where(m => m.Organization.Expertise.Contains(tag)).Select(m => $"{m.Organization.Name} ({m.Organization.Id})")])}."))
            .Prepend(new Reason(
                "G14.interested-members",
                $"{Text.Count(active.Count, "active member is", "active members are")} interested in internal bid {bid.Bid.Title} ({bid.Bid.Id})."));
        ctx.Decide(bid.Subject, DecisionOutcome.Feasible, reasons);
    }
}
