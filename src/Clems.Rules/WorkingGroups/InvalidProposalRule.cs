using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
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
            .Match(() => proposal, p => !WorkingGroupClauses.ProposedByMembers(p));

        Then()
            .Do(ctx => Reject(ctx, proposal));
    }

    private static void Reject(IContext ctx, WorkingGroupProposalFact fact)
    {
        var reasons = new List<Reason>();
        foreach (var proposer in fact.Proposers)
        {
            if (WorkingGroupClauses.MayPropose(proposer))
            {
                continue;
            }

            if (!proposer.InGroup)
            {
                reasons.Add(WorkingGroupsReasons.ProposerNotInGroup(fact, proposer));
            }

            if (!proposer.Standing.IsActive)
            {
                reasons.Add(WorkingGroupsReasons.ProposerNotActive(fact, proposer));
            }
        }

        ctx.Decide(fact.Subject, DecisionOutcome.Rejected, reasons);
    }
}
