using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Executive;

/// G7, G12: the executive team coordinates implementation but cannot support every idea. The runnable initiatives of
/// the evaluation are collected into one group and ranked once — larger committed resources first (member contributions
/// by active members only), then the earlier instant they became ready (unknown last), then the lower ticket of the
/// executive draw (G1; the initiative id only for a ticket collision) — so the rule fires once, whatever their number.
/// The first <c>ExecutiveCapacity</c> of the ranking are supported; the others queue in that order.
[Name("Executive.Capacity")]
[Description("The executive team supports as many runnable initiatives as the framework's capacity; the others queue by committed resources, then by the earlier instant they became ready, then by the executive draw.")]
[Tag("G7")]
[Tag("G12")]
[Priority(RulePriorities.Ranking)]
internal sealed class ExecutiveCapacityRule : Rule
{
    public override void Define()
    {
        EvaluationContext context = null!;
        ContributorStandings contributors = null!;
        ExecutiveDraw draw = null!;
        IEnumerable<RunnableInitiative> runnable = null!;

        When()
            .Match(() => context)
            .Match(() => contributors)
            .Match(() => draw)
            .Query(() => runnable, q => q
                .Match<RunnableInitiative>()
                .Collect()
                .Where(c => c.Any()));

        Then()
            .Do(ctx => Rank(ctx, context, contributors, draw, runnable));
    }

    private static void Rank(IContext ctx, EvaluationContext context, ContributorStandings contributors, ExecutiveDraw draw, IEnumerable<RunnableInitiative> runnable)
    {
        var framework = context.Framework;
        var capacity = framework.Parameters.ExecutiveCapacity;
        var entries = CommittedResources.Of(runnable.Select(r => r.Initiative), framework.Parameters, contributors, draw);
        var ranking = entries;
        if (ExecutiveClauses.QueueComparesCommitments(entries.Count, capacity))
        {
            if (!ExecutiveClauses.CommitmentsComparable(entries.Select(e => e.Fact.Initiative), framework.Parameters, contributors))
            {
                // An input problem, not a decision: ExecutiveArea reports it once the first firing is over.
                return;
            }

            if (draw.Seed is null && CommittedResources.TiesBeforeDraw(entries).Any())
            {
                // G1: a tie ends only in the published draw; ExecutiveArea reports the missing seed.
                return;
            }

            ranking = CommittedResources.Rank(entries);
        }

        var queued = System.Math.Max(0, ranking.Count - capacity);
        var capacityReason = ExecutiveReasons.Capacity(framework, capacity, ranking.Count);
        for (var i = 0; i < ranking.Count; i++)
        {
            var entry = ranking[i];
            var reasons = new List<Reason> { ExecutiveReasons.Committed(entry) };
            reasons.AddRange(entry.NotCounted.Select(ExecutiveReasons.NotCounted));
            reasons.Add(capacityReason);
            var facts = entry.Fact.References.ToList();
            facts.AddRange(entry.NotCounted.Where(c => c.Standing is not null).SelectMany(c => c.Standing!.References));
            if (ExecutiveClauses.IsSupported(i, capacity))
            {
                reasons.Add(ExecutiveClauses.NoneQueues(ranking.Count, capacity)
                    ? ExecutiveReasons.AllWithinCapacity(ranking.Count, capacity)
                    : ExecutiveReasons.RanksWithinCapacity(entry, i + 1, ranking.Count, capacity));
                ctx.DecideEach(entry.Fact.Subject, DecisionOutcome.Supported, reasons, facts);
                continue;
            }

            if (i == 0)
            {
                // A capacity of 0: the executive team supports no initiative, so the first one queues with none ahead.
                reasons.Add(ExecutiveReasons.NoneSupported(framework, queued));
                ctx.DecideEach(entry.Fact.Subject, DecisionOutcome.Queued, reasons, facts);
                continue;
            }

            var ahead = ranking[i - 1];
            reasons.Add(ExecutiveReasons.QueuePosition(i - capacity + 1, queued, capacity, ahead, entry));
            facts.AddRange(ahead.Fact.References);
            ctx.DecideEach(entry.Fact.Subject, DecisionOutcome.Queued, reasons, facts);
        }
    }
}
