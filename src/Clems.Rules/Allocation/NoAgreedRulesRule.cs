using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
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
            .Match(() => demand, d =>
                d.Oversubscribed
                && (d.Project.Places.Competition == null
                    || d.Eligible.Any(i => !d.Project.AgreedBeforeFreeze.Contains(i.Interest.Member))));

        Then()
            .Do(ctx => Refuse(ctx, demand));
    }

    private static void Refuse(IContext ctx, ProjectDemand demand)
    {
        var project = demand.Project;
        var places = project.Places;
        var reasons = new List<Reason>
        {
            new(
                "G16.oversubscribed",
                Text.Inv($"Project {places.Initiative} has {demand.Eligible.Length} eligible interests for {Text.Count(places.Places, "place", "places")}, so an internal competition must decide.")),
        };
        if (places.Competition is not { } competition)
        {
            reasons.Add(new("G16.no-competition-rules", $"Project {places.Initiative} has no competition rules; its potential participants must agree on them first."));
        }
        else
        {
            var missing = demand.Eligible
                .Select(i => i.Interest.Member)
                .Where(m => !project.AgreedBeforeFreeze.Contains(m))
                .Select(m => m.Value)
                .ToList();
            reasons.Add(new(
                "G16.rules-not-agreed",
                $"Its competition rules were not agreed before the freeze at {Text.Instant(competition.FreezeAt)} by {Text.List(missing)}; "
                + "every potential participant must agree before the competition."));
        }

        ctx.Decide(project.Subject, DecisionOutcome.NotAllocated, reasons);

        // Every eligible interest of the project shares the one reason (it names the project, not the member).
        ImmutableArray<Reason> notAllocated =
        [
            new Reason("G16.project-not-allocated", $"Project {places.Initiative} made no allocation: its competition rules were not agreed by every potential participant before the competition."),
        ];
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
