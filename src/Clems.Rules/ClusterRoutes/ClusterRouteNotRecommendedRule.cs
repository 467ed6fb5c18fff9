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
            .Match(() => route, r => !r.Recommended);

        Then()
            .Do(ctx => Decline(ctx, route));
    }

    private static void Decline(IContext ctx, ClusterRouteFact route)
    {
        var reasons = new List<Reason>();
        if (!route.ObjectivesMatch)
        {
            reasons.Add(new Reason(
                "G15.objectives-differ",
                $"The objectives of {ClusterRouteText.Who(route)} ({ClusterRouteText.Areas(route.Organization.ThematicAreas)}) share no thematic area with the {ClusterRouteText.What(route)} ({ClusterRouteText.Areas(route.Opportunity.ThematicAreas)})."));
        }

        if (!route.CannotGoAlone)
        {
            reasons.AddRange(ClusterRouteText.CanGoAlone(route));
        }

        ctx.Decide(route.Subject, DecisionOutcome.NotRecommended, reasons);
    }
}
