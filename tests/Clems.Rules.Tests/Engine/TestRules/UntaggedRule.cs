using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Tests.Engine.TestRules;

[Name("Test.Untagged")]
[Description("Has no clause tag.")]
internal sealed class UntaggedRule : Rule
{
    public override void Define()
    {
        EvaluationContext context = null!;
        When().Match(() => context);
        Then().Do(_ => RuleCompilerTests.NoOp());
    }
}
