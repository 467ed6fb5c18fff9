using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
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
        var projectReasons = new List<Reason> { AllocationReasons.Places(outcome), AllocationReasons.Key(project) };
        if (outcome.CutoffRank is { } cutoff)
        {
            projectReasons.Add(AllocationReasons.Cutoff(project, cutoff, outcome.Interests.First(i => i.Rank == cutoff).Interest));
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
            AllocationOutcomeKind.Admitted => (AllocationReasons.Codes.Admitted, DecisionOutcome.Admitted),
            AllocationOutcomeKind.NotReached => (AllocationReasons.Codes.NotReached, DecisionOutcome.Waitlisted),
            _ when outcome.Project.Places.Places == 0 => (AllocationReasons.Codes.NoPlaces, DecisionOutcome.Waitlisted),
            _ => (AllocationReasons.Codes.BelowCutoff, DecisionOutcome.Waitlisted),
        };
        if (code == AllocationReasons.Codes.BelowCutoff && (interest.LostOnColumn is null || interest.Cutoff is null))
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
        internal override ImmutableArray<Reason> Reasons() => [AllocationReasons.InterestOutcome(code, outcome, interest)];

        internal override FactReference[] Facts() => interest.Interest.SubjectFacts(withProject: true);
    }
}
