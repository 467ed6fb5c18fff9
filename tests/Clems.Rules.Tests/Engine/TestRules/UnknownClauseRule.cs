using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Tests.Engine.TestRules;

[Name("Test.UnknownClause")]
[Description("Cites a clause that is not in the catalogue.")]
[Tag("X1")]
internal sealed class UnknownClauseRule : Rule
{
    public override void Define()
    {
        EvaluationContext context = null!;
        When().Match(() => context);
        Then().Do(_ => RuleCompilerTests.NoOp());
    }
}
