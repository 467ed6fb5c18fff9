using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Confidentiality;

/// G3: a participant of a confidential initiative that signed the initiative's agreement at or before its involvement
/// started may take part; the decision records both instants.
[Name("Confidentiality.SignedBeforeInvolvement")]
[Description("A participant of a confidential initiative that signed its confidentiality agreement at or before its involvement started is approved.")]
[Tag("G3")]
[Priority(RulePriorities.Conclusions)]
internal sealed class SignedBeforeInvolvementRule : Rule
{
    public override void Define()
    {
        ConfidentialParticipation participation = null!;

        When()
            .Match(() => participation, p => ConfidentialityClauses.SignedBeforeInvolvement(p.Agreement, p.Participant));

        Then()
            .Do(ctx => Approve(ctx, participation));
    }

    private static void Approve(IContext ctx, ConfidentialParticipation fact)
        => ctx.Decide(
            fact.Subject,
            DecisionOutcome.Approved,
            [ConfidentialityReasons.SignedBeforeInvolvement(fact, fact.Agreement!, fact.Participant.InvolvedFrom!.Value)]);
}
