using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.WorkingGroups;

/// G5: a proposal by members of the group that are active members of CLEMS on the proposal date is valid; it dissolves
/// the group, or replaces its objective, from its effective date (the group's decision shows the effect).
[Name("WorkingGroups.ValidProposal")]
[Description("A proposal to dissolve or transform a working group made only by active members of the group on the proposal date is approved and takes effect from its effective date.")]
[Tag("G5")]
[Priority(RulePriorities.Conclusions)]
internal sealed class ValidProposalRule : Rule
{
    public override void Define()
    {
        WorkingGroupProposalFact proposal = null!;

        When()
            .Match(() => proposal, p => p.IsValid);

        Then()
            .Do(ctx => Approve(ctx, proposal));
    }

    private static void Approve(IContext ctx, WorkingGroupProposalFact fact)
    {
        var proposal = fact.Proposal;
        var group = WorkingGroupText.Group(fact.Group);
        var effective = Text.Date(proposal.EffectiveFrom);
        var reasons = new List<Reason>
        {
            new(
                "G5.proposed-by-members",
                $"Proposed on {Text.Date(proposal.ProposedOn)} by {WorkingGroupText.Organizations(fact.Proposers.Select(p => p.Standing))}, "
                + $"{(fact.Proposers.Length == 1 ? "a member" : "members")} of {group} and active member{(fact.Proposers.Length == 1 ? string.Empty : "s")} of CLEMS on that date."),
            proposal.Kind == WorkingGroupProposalKind.Dissolve
                ? new("G5.dissolution", $"It dissolves {group} from {effective}.")
                : new("G5.transformation", $"It gives {group} the new objective \"{proposal.NewObjective}\" from {effective}; the group and its history are kept."),
        };
        ctx.Decide(fact.Subject, DecisionOutcome.Approved, reasons);
    }
}
