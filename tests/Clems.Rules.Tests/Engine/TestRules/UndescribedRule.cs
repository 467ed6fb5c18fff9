using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Tests.Engine.TestRules;

[Name("Test.Undescribed")]
[Tag("G1")]
internal sealed class UndescribedRule : Rule
{
    public override void Define()
    {
        EvaluationContext context = null!;
        When().Match(() => context);
        Then().Do(_ => RuleCompilerTests.NoOp());
    }
}
