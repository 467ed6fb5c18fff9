using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.WorkingGroups;

/// G5: a working group is dissolved or transformed only on a proposal of its members. A proposer that is not a member of
/// the group, or not an active member of CLEMS on the proposal date, is a reason for rejecting the proposal.
[Name("WorkingGroups.InvalidProposal")]
[Description("A proposal to dissolve or transform a working group made by an organisation that is not an active member of the group on the proposal date is rejected.")]
[Tag("G5")]
[Priority(RulePriorities.Findings)]
internal sealed class InvalidProposalRule : Rule
{
    public override void Define()
    {
        WorkingGroupProposalFact proposal = null!;

        When()
            .Match(() => proposal, p => !p.IsValid);

        Then()
            .Do(ctx => Reject(ctx, proposal));
    }

    private static void Reject(IContext ctx, WorkingGroupProposalFact fact)
    {
        var proposedOn = Text.Date(fact.Proposal.ProposedOn);
        var reasons = new List<Reason>();
        foreach (var outsider in fact.Outsiders)
        {
            var who = WorkingGroupText.Organization(outsider.Standing.Organization);
            if (!outsider.InGroup)
            {
                reasons.Add(new(
                    "G5.proposer-not-in-group",
                    $"{who} is not a member of {WorkingGroupText.Group(fact.Group)} "
                    + $"(members: {Text.List([.. fact.Group.Members.Order().Select(m => m.Value)])}); only the group's members may propose to dissolve or transform it."));
            }

            if (!outsider.Standing.IsActive)
            {
                reasons.Add(new(
                    "G5.proposer-" + outsider.Standing.ReasonCode,
                    $"{who} {outsider.Standing.Describe()} (on the proposal date {proposedOn}); only active members may propose."));
            }
        }

        ctx.Decide(fact.Subject, DecisionOutcome.Rejected, reasons);
    }
}
