using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Confidentiality;

/// G3: in a confidential initiative, every participant signs the initiative's agreement at or before the instant its
/// involvement starts. A participant without a signature, that signed late, or whose involvement start is unknown is
/// blocked — that participant only; the initiative and the other participants go on.
[Name("Confidentiality.SignatureMissingOrLate")]
[Description("A participant of a confidential initiative that did not sign its confidentiality agreement at or before its involvement started is blocked from it.")]
[Tag("G3")]
[Priority(RulePriorities.Findings)]
internal sealed class SignatureMissingOrLateRule : Rule
{
    public override void Define()
    {
        ConfidentialParticipation participation = null!;

        When()
            .Match(() => participation, p => p.IsBlocked);

        Then()
            .Do(ctx => Block(ctx, participation));
    }

    private static void Block(IContext ctx, ConfidentialParticipation fact)
    {
        var who = $"{fact.Organization.Name} ({fact.Organization.Id})";
        var initiative = $"confidential initiative {fact.Initiative.Initiative.Id}";
        var from = fact.Participant.InvolvedFrom;
        var reasons = new List<Reason>();
        if (fact.Agreement is null)
        {
            reasons.Add(new(
                "G3.no-agreement",
                $"{who} has not signed the confidentiality agreement of {initiative}"
                + (from is { } start ? $", although its involvement starts at {Text.Instant(start)}" : string.Empty)
                + "; it is blocked from the initiative until it signs before its involvement."));
        }
        else if (from is { } start && fact.Agreement.SignedAt > start)
        {
            reasons.Add(new(
                "G3.signed-late",
                $"{who} signed the confidentiality agreement of {initiative} at {Text.Instant(fact.Agreement.SignedAt)}, "
                + $"after its involvement started at {Text.Instant(start)}; the agreement must be signed at or before the involvement starts."));
        }

        if (from is null)
        {
            reasons.Add(new(
                "G3.involvement-start-unknown",
                $"No involvement start (involvedFrom) is recorded for {who} in {initiative}, so a signature"
                + (fact.Agreement is { } agreement ? $" at {Text.Instant(agreement.SignedAt)}" : string.Empty)
                + " cannot be shown to precede it; record when its involvement starts."));
        }

        ctx.Decide(fact.Subject, DecisionOutcome.Blocked, reasons);
    }
}
