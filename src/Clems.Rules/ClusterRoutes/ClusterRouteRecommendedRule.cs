using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.ClusterRoutes;

/// G15: an organisation benefits from the cluster when its objectives match the opportunity's and it could not take
/// part alone. The decision names the shared thematic areas and every condition that keeps it from going alone.
[Name("ClusterRoutes.Recommended")]
[Description("The cluster route is recommended when the organisation's thematic areas overlap the opportunity's and it could not take part alone (consortium or partners required, or resources below the need).")]
[Tag("G15")]
[Priority(RulePriorities.Conclusions)]
internal sealed class ClusterRouteRecommendedRule : Rule
{
    public override void Define()
    {
        ClusterRouteFact route = null!;

        When()
            .Match(() => route, r => ClusterRouteClauses.ObjectivesMatch(r) && ClusterRouteClauses.CannotTakePartAlone(r));

        Then()
            .Do(ctx => Recommend(ctx, route));
    }

    private static void Recommend(IContext ctx, ClusterRouteFact route)
    {
        var reasons = ClusterRoutesReasons.CannotTakePartAlone(route).Prepend(ClusterRoutesReasons.ObjectivesMatch(route));
        ctx.Decide(route.Subject, DecisionOutcome.Recommended, reasons);
    }
}
