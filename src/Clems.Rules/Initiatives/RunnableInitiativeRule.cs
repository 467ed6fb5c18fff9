using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
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

        When()
            .Match(() => finding, f => !f.Stopped);

        Then()
            .Do(ctx => Approve(ctx, finding.Initiative));
    }

    private static void Approve(IContext ctx, InitiativeFact fact)
    {
        var initiative = fact.Initiative;
        var initiator = fact.InitiatorGroup is { } group
            ? $"working group {group.Name} ({group.Id})"
            : $"member {fact.InitiatorOrganization!.Name} ({fact.InitiatorOrganization.Id})";
        var activities = initiative.Activities;
        var first = activities.Min(a => a.Dates.Start);
        var last = activities.Max(a => a.Dates.End);
        var reasons = new List<Reason>
        {
            new(
                "G9.initiated-by-member",
                $"Initiated by {initiator} and proposed by {fact.Representative!.Name} ({fact.Representative.Id}) of {fact.RepresentativeOrganization!.Name}."),
            new(
                "G10.members-only",
                fact.PartyCount == 1
                    ? "The one organisation involved is an active member of CLEMS."
                    : Text.Inv($"All {fact.PartyCount} organisations involved (initiator, beneficiaries, participants) are active members of CLEMS.")),
            new(
                "G11.action-plan",
                $"The action plan has {Text.Count(activities.Length, "activity", "activities")}, from {Text.Date(first)} to {Text.Date(last)}."),
            new(
                "G11.funded",
                $"Funding of {fact.FundingInBudgetCurrency} covers the budget of {fact.BudgetTotal}."),
        };
        ctx.Decide(fact.Subject, DecisionOutcome.Runnable, reasons, [new FactReference(FactKind.Representative, fact.Representative.Id.Value)]);

        // G12: the executive-capacity rule ranks the runnable initiatives of the evaluation together.
        ctx.Insert(new RunnableInitiative(fact));
    }
}
