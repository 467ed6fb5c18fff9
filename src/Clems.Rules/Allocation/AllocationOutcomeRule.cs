using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Utility;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Allocation;

/// G8, G16: explains a project's allocation once the allocator has run — the project's places, key and cutoff, and for
/// every eligible interest: admitted (its rank), below the cutoff (the first criterion it lost on, with its value and the
/// cutoff's) or not reached (its cap was filled by projects it ranked higher). One firing per project.
[Name("Allocation.Outcome")]
[Description("Explains each project's allocation: who was admitted at which rank, who fell below the cutoff and on which criterion, and whose cap was filled by projects it ranked higher.")]
[Tag("G8")]
[Tag("G16")]
[Priority(RulePriorities.Conclusions)]
internal sealed class AllocationOutcomeRule : Rule
{
    public override void Define()
    {
        ProjectOutcome outcome = null!;

        When()
            .Match(() => outcome);

        Then()
            .Do(ctx => Explain(ctx, outcome));
    }

    private static void Explain(IContext ctx, ProjectOutcome outcome)
    {
        var project = outcome.Project;
        var places = project.Places;
        var criteria = string.Join(", then ", project.Criteria.Select(CriterionNames.Of));
        var projectReasons = new List<Reason>
        {
            new(
                "G16.places",
                Text.Inv($"Project {places.Initiative} offers {Text.Count(places.Places, "place", "places")}; {Text.Count(outcome.EligibleCount, "eligible interest", "eligible interests")}; {outcome.Admitted} admitted.")),
            new(
                "G8.key",
                $"Members are ranked by {criteria}"
                + (project.DefaultCriteria ? " (the framework's default criteria)." : " (the criteria its participants agreed).")),
        };
        if (outcome.CutoffRank is { } cutoff)
        {
            var last = outcome.Interests.First(i => i.Rank == cutoff);
            projectReasons.Add(new(
                "G16.cutoff",
                Text.Inv($"The cutoff is rank {cutoff}: {last.Interest.Interest.Member} with key {Describe(project, last.Interest.KeyDisplay)}.")));
        }

        // The project's decision names the project and its cutoff interest; each interest's decision names its own facts.
        var cutoffFacts = outcome.CutoffRank is { } rank ? outcome.Interests.First(i => i.Rank == rank).Interest.SubjectFacts(withProject: true) : [project.Reference];
        ctx.DecideEach(project.Subject, DecisionOutcome.Allocated, [.. projectReasons], cutoffFacts);
        foreach (var interest in outcome.Interests)
        {
            Explain(ctx, outcome, interest);
        }
    }

    private static void Explain(IContext ctx, ProjectOutcome outcome, InterestOutcome interest)
    {
        var (code, decision) = interest.Kind switch
        {
            AllocationOutcomeKind.Admitted => ("G16.admitted", DecisionOutcome.Admitted),
            AllocationOutcomeKind.NotReached => ("G16.not-reached", DecisionOutcome.Waitlisted),
            _ when outcome.Project.Places.Places == 0 => ("G16.no-places", DecisionOutcome.Waitlisted),
            _ => ("G16.below-cutoff", DecisionOutcome.Waitlisted),
        };
        if (code == "G16.below-cutoff" && (interest.LostOnColumn is null || interest.Cutoff is null))
        {
            throw new System.InvalidOperationException(Text.Inv($"Interest {interest.Interest.Subject.Id} fell below the cutoff without a losing criterion."));
        }

        // The reason and the fact references are built when first read (a million of them at scale); the outcome and
        // the reason's code are fixed here.
        ctx.DecideLater(interest.Interest.Subject, decision, new Explanation(code, outcome, interest));
    }

    /// One interest's explanation: admitted at its rank, not reached for its cap, or below the cutoff on a criterion;
    /// it names the interest, its member and the project.
    private sealed class Explanation(string code, ProjectOutcome outcome, InterestOutcome interest) : DecisionDetail
    {
        internal override ImmutableArray<Reason> Reasons() => [new Reason(code, Write())];

        internal override FactReference[] Facts() => interest.Interest.SubjectFacts(withProject: true);

        private string Write()
        {
            var project = outcome.Project;
            var places = project.Places.Places;
            var id = project.Places.Initiative;
            return interest.Kind switch
            {
                AllocationOutcomeKind.Admitted =>
                    Text.Inv($"Admitted to {id} at rank {interest.Rank} of {outcome.EligibleCount} for {Text.Count(places, "place", "places")}, with key {Describe(project, interest.Interest.KeyDisplay)}."),
                AllocationOutcomeKind.NotReached => interest.FilledBy.IsEmpty
                    ? Text.Inv($"Its cap is 0 places, so it takes no place and did not compete for {id}.")
                    : Text.Inv($"Its cap of {interest.Cap} place{(interest.Cap == 1 ? "" : "s")} was filled by {Text.List([.. interest.FilledBy.Select(p => p.Value)])}, which it ranked higher than {id}; it did not compete here."),
                _ when places == 0 => $"Project {id} offers no places.",
                _ => BelowCutoff(project, outcome, interest),
            };
        }
    }

    private static string BelowCutoff(ProjectFact project, ProjectOutcome outcome, InterestOutcome interest)
    {
        var column = interest.LostOnColumn!.Value;
        var criterion = column < project.Criteria.Length ? CriterionNames.Of(project.Criteria[column]) : "member id (a lottery collision)";
        return Text.Inv($"Ranked {interest.Rank} of {outcome.EligibleCount} for {Text.Count(project.Places.Places, "place", "places")} at {project.Places.Initiative}, below the cutoff at rank {outcome.CutoffRank}: it lost on {criterion} with {interest.Interest.KeyDisplay[column]} against the cutoff's {interest.Cutoff!.KeyDisplay[column]}.");
    }

    private static string Describe(ProjectFact project, string[] key)
        => "(" + string.Join("; ", project.Criteria.Select((c, i) => CriterionNames.Of(c) + " " + key[i])) + ")";
}
