using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
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
            .Match(() => context);

        Then()
            .Do(ctx => Apply(ctx, context));
    }

    private static void Apply(IContext ctx, EvaluationContext context)
    {
        var framework = context.Framework;
        var parameters = framework.Parameters;
        var reasons = new List<Reason>
        {
            new(
                "G1.in-force",
                $"Framework {framework.Id}, adopted by the General Assembly on {Text.Date(framework.AdoptedOn)}, "
                + $"is in force from {Text.Date(framework.EffectiveFrom)} and applies on {Text.Date(context.AsOf)}."),
        };
        if (context.Superseded is { } previous)
        {
            reasons.Add(new(
                "G1.supersedes",
                $"It replaced framework {previous.Id}, in force from {Text.Date(previous.EffectiveFrom)}."));
        }

        // Named as the scenario format names them, so the reason matches what the analyst wrote.
        var criteria = parameters.DefaultCompetitionCriteria.Select(CriterionNames.Of);
        reasons.Add(new(
            "G1.parameters",
            Text.Inv($"Its parameters: minimum working group size {parameters.MinimumWorkingGroupSize}; executive capacity {parameters.ExecutiveCapacity}; default competition criteria {string.Join(", ", criteria)}.")));

        ctx.Decide(DecisionSubject.Framework(framework.Id), DecisionOutcome.Applied, reasons);
    }
}
