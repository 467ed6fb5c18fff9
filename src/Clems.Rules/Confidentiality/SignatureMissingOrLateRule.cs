using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
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
            .Match(() => participation, p => !ConfidentialityClauses.SignedBeforeInvolvement(p.Agreement, p.Participant));

        Then()
            .Do(ctx => Block(ctx, participation));
    }

    private static void Block(IContext ctx, ConfidentialParticipation fact)
    {
        var from = fact.Participant.InvolvedFrom;
        var reasons = new List<Reason>();
        if (fact.Agreement is not { } agreement)
        {
            reasons.Add(ConfidentialityReasons.NoAgreement(fact));
        }
        else if (from is { } start && !ConfidentialityClauses.SignedInTime(agreement.SignedAt, start))
        {
            reasons.Add(ConfidentialityReasons.SignedLate(fact, agreement, start));
        }

        if (from is null)
        {
            reasons.Add(ConfidentialityReasons.InvolvementStartUnknown(fact));
        }

        ctx.Decide(fact.Subject, DecisionOutcome.Blocked, reasons);
    }
}
