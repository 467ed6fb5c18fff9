using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.ClusterRoutes;

/// G15: the cluster route is not recommended when the objectives do not match, or when the organisation could take
/// part alone; each condition that fails is a reason.
[Name("ClusterRoutes.NotRecommended")]
[Description("The cluster route is not recommended when the organisation's thematic areas do not overlap the opportunity's, or when it could take part alone.")]
[Tag("G15")]
[Priority(RulePriorities.Conclusions)]
internal sealed class ClusterRouteNotRecommendedRule : Rule
{
    public override void Define()
    {
        ClusterRouteFact route = null!;

        When()
            .Match(() => route, r => !ClusterRouteClauses.ObjectivesMatch(r) || !ClusterRouteClauses.CannotTakePartAlone(r));

        Then()
            .Do(ctx => Decline(ctx, route));
    }

    private static void Decline(IContext ctx, ClusterRouteFact route)
    {
        var reasons = new List<Reason>();
        if (!ClusterRouteClauses.ObjectivesMatch(route))
        {
            reasons.Add(ClusterRoutesReasons.ObjectivesDiffer(route));
        }

        if (!ClusterRouteClauses.CannotTakePartAlone(route))
        {
            reasons.AddRange(ClusterRoutesReasons.CanTakePartAlone(route));
        }

        ctx.Decide(route.Subject, DecisionOutcome.NotRecommended, reasons);
    }
}
