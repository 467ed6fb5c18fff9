using System;
using Clems.Rules.Engine;
using NodaTime;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Tests.Hostile;

/// The as-of dates on which the test-only rules below fail; on any other date they never fire.
internal static class FailingRuleDates
{
    public static readonly LocalDate ActionFails = new(2031, 7, 7);

    public static readonly LocalDate ConditionFails = new(2031, 8, 8);

    public static bool ConditionThrowsOn(LocalDate asOf)
        => asOf == ConditionFails ? throw new InvalidOperationException("planted failure in a condition") : false;

    public static void ActionThrows() => throw new InvalidOperationException("planted failure in an action");
}

/// Test-only rule whose action throws when the evaluation is as of <see cref="FailingRuleDates.ActionFails"/>.
[Name("Test.FailingAction")]
[Description("Test only: throws inside its action on a planted as-of date.")]
[Tag("G1")]
internal sealed class FailingActionRule : Rule
{
    public override void Define()
    {
        EvaluationContext context = null!;

        When()
            .Match(() => context, c => c.AsOf == FailingRuleDates.ActionFails);

        Then()
            .Do(_ => FailingRuleDates.ActionThrows());
    }
}

/// Test-only rule whose condition throws when the evaluation is as of <see cref="FailingRuleDates.ConditionFails"/>.
[Name("Test.FailingCondition")]
[Description("Test only: throws inside its condition on a planted as-of date.")]
[Tag("G1")]
internal sealed class FailingConditionRule : Rule
{
    public override void Define()
    {
        EvaluationContext context = null!;

        When()
            .Match(() => context, c => FailingRuleDates.ConditionThrowsOn(c.AsOf));

        Then()
            .Do(_ => FailingRuleDates.ActionThrows());
    }
}
