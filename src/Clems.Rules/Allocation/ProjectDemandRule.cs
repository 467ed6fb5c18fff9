using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Membership;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Allocation;

/// G8, G16: a runnable project's eligible interests, gathered once per project; the count against the places tells
/// whether the project is oversubscribed and needs its internal competition.
[Name("Allocation.Demand")]
[Description("Gathers each runnable project's eligible interests, to compare the demand with the places it offers.")]
[Tag("G8")]
[Tag("G16")]
[Priority(RulePriorities.Findings)]
internal sealed class ProjectDemandRule : Rule
{
    public override void Define()
    {
        IGrouping<ProjectFact, InterestFact> eligible = null!;

        When()
            .Query(() => eligible, q => q
                .Match<InterestFact>(i =>
                    i.Project.Runnable
                    && i.Standing.Kind == StandingKind.Active
                    && (!i.Project.Places.RequiresPreparationCommitment || i.PreparationCommitted)
                    && (!i.ConfidentialityRequired || (i.SignedAgreement && !i.BlockedUnderConfidentiality)))
                .GroupBy(i => i.Project));

        Then()
            .Do(ctx => Gather(ctx, eligible));
    }

    private static void Gather(NRules.RuleModel.IContext ctx, IGrouping<ProjectFact, InterestFact> eligible)
        => ctx.Insert(new ProjectDemand(eligible.Key, [.. eligible.OrderBy(i => i.Interest.Member)]));
}
