using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Allocation;

/// G16: when a project's potential resources are fewer than the interests shown, an internal competition decides under
/// rules the potential participants set together. Without rules that every eligible interested member agreed to before
/// the freeze, the project makes no allocation, and the decision names who did not agree.
[Name("Allocation.NoAgreedRules")]
[Description("An oversubscribed project whose competition rules were not agreed by every potential participant before the freeze makes no allocation.")]
[Tag("G16")]
[Priority(RulePriorities.Findings)]
internal sealed class NoAgreedRulesRule : Rule
{
    public override void Define()
    {
        ProjectDemand demand = null!;

        When()
            .Match(() => demand, d => AllocationClauses.Oversubscribed(d) && !AllocationClauses.RulesAgreedByEveryParticipant(d));

        Then()
            .Do(ctx => Refuse(ctx, demand));
    }

    private static void Refuse(IContext ctx, ProjectDemand demand)
    {
        var project = demand.Project;
        var places = project.Places;
        var reasons = new List<Reason> { AllocationReasons.Oversubscribed(demand) };
        if (places.Competition is not { } competition)
        {
            reasons.Add(AllocationReasons.NoCompetitionRules(places));
        }
        else
        {
            var missing = demand.Eligible
                .Where(i => !AllocationClauses.AgreedBeforeFreeze(project, i))
                .Select(i => i.Interest.Member.Value)
                .ToList();
            reasons.Add(AllocationReasons.RulesNotAgreed(competition, missing));
        }

        ctx.Decide(project.Subject, DecisionOutcome.NotAllocated, reasons);

        // Every eligible interest of the project shares the one reason (it names the project, not the member).
        ImmutableArray<Reason> notAllocated = [AllocationReasons.ProjectNotAllocated(places)];
        foreach (var interest in demand.Eligible)
        {
            ctx.DecideLater(interest.Subject, DecisionOutcome.Waitlisted, new NotAllocated(notAllocated, interest));
        }

        ctx.Insert(new ProjectExcluded(project));
    }

    /// An eligible interest of a project that made no allocation: the project's shared reason; its own facts.
    private sealed class NotAllocated(ImmutableArray<Reason> reasons, InterestFact interest) : DecisionDetail
    {
        internal override ImmutableArray<Reason> Reasons() => reasons;

        internal override FactReference[] Facts() => interest.SubjectFacts(withProject: true);
    }
}
