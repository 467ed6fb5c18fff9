using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Initiatives;

/// G9: activities are initiated by member organisations through their representatives. An initiative needs an
/// initiating member or working group and a named representative who acts for that member (or for a member of that group).
[Name("Initiatives.InitiatorAndRepresentative")]
[Description("An initiative has an initiating member or working group and a named representative of that member.")]
[Tag("G9")]
[Priority(RulePriorities.Findings)]
internal sealed class InitiatorAndRepresentativeRule : Rule
{
    public override void Define()
    {
        InitiativeFact initiative = null!;

        When()
            .Match(() => initiative, i =>
                !InitiativeClauses.HasInitiator(i)
                || !InitiativeClauses.HasRepresentative(i)
                || !InitiativeClauses.RepresentativeActsForInitiator(i));

        Then()
            .Do(ctx => Reject(ctx, initiative));
    }

    private static void Reject(IContext ctx, InitiativeFact fact)
    {
        var initiative = fact.Initiative;
        var reasons = new List<Reason>();
        if (!InitiativeClauses.HasInitiator(fact))
        {
            reasons.Add(InitiativesReasons.NoInitiator(initiative));
        }

        if (!InitiativeClauses.HasRepresentative(fact))
        {
            reasons.Add(InitiativesReasons.NoRepresentative(initiative));
        }
        else if (InitiativeClauses.HasInitiator(fact) && !InitiativeClauses.RepresentativeActsForInitiator(fact))
        {
            reasons.Add(InitiativesReasons.RepresentativeNotOfInitiator(fact));
        }

        var facts = fact.Representative is { } rep ? [new FactReference(FactKind.Representative, rep.Id.Value)] : new List<FactReference>();
        ctx.Decide(fact.Subject, DecisionOutcome.Rejected, reasons, facts);
        InitiativeFinding.Stop(ctx, fact);
    }
}
