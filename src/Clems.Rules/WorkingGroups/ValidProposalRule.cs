using Clems.Rules.Decisions;
using Clems.Rules.Engine;
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
            .Match(() => proposal, p => WorkingGroupClauses.ProposedByMembers(p));

        Then()
            .Do(ctx => Approve(ctx, proposal));
    }

    private static void Approve(IContext ctx, WorkingGroupProposalFact fact)
        => ctx.Decide(fact.Subject, DecisionOutcome.Approved, [WorkingGroupsReasons.ProposedByMembers(fact), WorkingGroupsReasons.Effect(fact)]);
}
