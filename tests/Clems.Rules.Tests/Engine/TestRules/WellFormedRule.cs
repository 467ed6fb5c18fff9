using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Tests.Engine.TestRules;

[Name("Test.WellFormed")]
[Description("Cites two clauses.")]
[Tag("S1")]
[Tag("G4")]
[Priority(7)]
internal sealed class WellFormedRule : Rule
{
    public override void Define()
    {
        EvaluationContext context = null!;
        When().Match(() => context);
        Then().Do(_ => RuleCompilerTests.NoOp());
    }
}
