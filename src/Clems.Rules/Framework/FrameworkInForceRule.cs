using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Framework;

/// G1: the framework version in force at the as-of date is the one applied, and the report names it.
[Name("Framework.InForce")]
[Description("The framework version adopted by the General Assembly and in force at the as-of date is the one applied.")]
[Tag("G1")]
[Priority(RulePriorities.Context)]
internal sealed class FrameworkInForceRule : Rule
{
    public override void Define()
    {
        EvaluationContext context = null!;

        When()
            .Match(() => context, c => FrameworkClauses.HasTakenEffect(c.Framework, c.AsOf));

        Then()
            .Do(ctx => Apply(ctx, context));
    }

    private static void Apply(IContext ctx, EvaluationContext context)
    {
        var reasons = new List<Reason> { FrameworkReasons.InForce(context) };
        if (context.Superseded is { } previous)
        {
            reasons.Add(FrameworkReasons.Supersedes(previous));
        }

        reasons.Add(FrameworkReasons.Parameters(context.Framework.Parameters));
        ctx.Decide(DecisionSubject.Framework(context.Framework.Id), DecisionOutcome.Applied, reasons);
    }
}
