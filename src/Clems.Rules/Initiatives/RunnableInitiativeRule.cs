using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Initiatives;

/// G9, G10, G11 together: an initiative against which no rule found a gap may run as a project. The reasons restate
/// what each clause asked for and what the initiative has.
[Name("Initiatives.Runnable")]
[Description("An initiative with an initiator and representative (G9), only active members involved (G10), and a funded action plan (G11) is runnable.")]
[Tag("G9")]
[Tag("G10")]
[Tag("G11")]
[Priority(RulePriorities.Conclusions)]
internal sealed class RunnableInitiativeRule : Rule
{
    public override void Define()
    {
        InitiativeFinding finding = null!;

        // Every gap-finding rule (G9, G10, G11, G14 and the initiating group's G4/G5) stops the initiative's finding.
        When()
            .Match(() => finding, f => !f.Stopped);

        Then()
            .Do(ctx => Approve(ctx, finding.Initiative));
    }

    private static void Approve(IContext ctx, InitiativeFact fact)
    {
        ctx.Decide(fact.Subject, DecisionOutcome.Runnable, InitiativesReasons.Runnable(fact), [new FactReference(FactKind.Representative, fact.Representative!.Id.Value)]);

        // G12: the executive-capacity rule ranks the runnable initiatives of the evaluation together.
        ctx.Insert(new RunnableInitiative(fact));
    }
}
