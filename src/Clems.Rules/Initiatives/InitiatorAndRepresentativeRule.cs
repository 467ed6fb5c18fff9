using System.Collections.Generic;
using System.Linq;
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
                i.Initiative.Initiator == null
                || i.RepresentativeOrganization == null
                || !i.InitiatorOrganizations.Contains(i.RepresentativeOrganization.Id));

        Then()
            .Do(ctx => Reject(ctx, initiative));
    }

    private static void Reject(IContext ctx, InitiativeFact fact)
    {
        var initiative = fact.Initiative;
        var reasons = new List<Reason>();
        if (initiative.Initiator is null)
        {
            reasons.Add(new(
                "G9.no-initiator",
                $"Initiative {initiative.Id} names no initiating member or working group; activities are initiated by member organisations."));
        }

        if (fact.Representative is null)
        {
            reasons.Add(new(
                "G9.no-representative",
                $"Initiative {initiative.Id} names no representative who proposes it on behalf of its initiator."));
        }
        else if (initiative.Initiator is not null && !fact.InitiatorOrganizations.Contains(fact.RepresentativeOrganization!.Id))
        {
            var actsFor = $"{fact.Representative.Name} ({fact.Representative.Id}) represents {fact.RepresentativeOrganization.Name} ({fact.RepresentativeOrganization.Id})";
            reasons.Add(fact.InitiatorGroup is { } group
                ? new(
                    "G9.representative-not-of-initiator",
                    $"{actsFor}, which is not a member of the initiating working group {group.Id} "
                    + $"(members: {string.Join(", ", group.Members.Order().Select(m => m.Value))}).")
                : new(
                    "G9.representative-not-of-initiator",
                    $"{actsFor}, not the initiating member {fact.InitiatorOrganization!.Name} ({fact.InitiatorOrganization.Id})."));
        }

        var facts = fact.Representative is { } rep ? [new FactReference(FactKind.Representative, rep.Id.Value)] : new List<FactReference>();
        ctx.Decide(fact.Subject, DecisionOutcome.Rejected, reasons, facts);
        InitiativeFinding.Stop(ctx, fact);
    }
}
