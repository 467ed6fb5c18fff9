using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using Clems.Rules.Utility;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Clems.Rules.Executive;

/// G7, G12: the executive team coordinates implementation but cannot support every idea. The runnable initiatives of
/// the evaluation are collected into one group and ranked once — larger committed resources first, then the earlier
/// instant they became ready (unknown last), then the initiative id — so the rule fires once, whatever their number.
/// The first <c>ExecutiveCapacity</c> of the ranking are supported; the others queue in that order.
[Name("Executive.Capacity")]
[Description("The executive team supports as many runnable initiatives as the framework's capacity; the others queue by committed resources, then by the earlier instant they became ready.")]
[Tag("G7")]
[Tag("G12")]
[Priority(RulePriorities.Ranking)]
internal sealed class ExecutiveCapacityRule : Rule
{
    public override void Define()
    {
        EvaluationContext context = null!;
        SnapshotPositions positions = null!;
        IEnumerable<RunnableInitiative> runnable = null!;

        When()
            .Match(() => context)
            .Match(() => positions)
            .Query(() => runnable, q => q
                .Match<RunnableInitiative>()
                .Collect()
                .Where(c => c.Any()));

        Then()
            .Do(ctx => Rank(ctx, context, positions, runnable));
    }

    private static void Rank(IContext ctx, EvaluationContext context, SnapshotPositions positions, IEnumerable<RunnableInitiative> runnable)
    {
        var capacity = context.Framework.Parameters.ExecutiveCapacity;
        var entries = CommittedResources.Of(runnable.Select(r => r.Initiative), context.Framework.Parameters);

        // Amounts are compared (and must then be comparable) only when some runnable initiative has to queue behind
        // another: a lone initiative is compared with nothing.
        var ranking = entries.Count > capacity && entries.Count > 1 ? CommittedResources.Rank(entries, context.Framework, positions) : entries;
        var queued = System.Math.Max(0, ranking.Count - capacity);
        var capacityReason = new Reason(
            "G12.capacity",
            Text.Inv($"Framework {context.Framework.Id} lets the executive team support {Text.Count(capacity, "runnable initiative", "runnable initiatives")} at once; {Text.Count(ranking.Count, "initiative is", "initiatives are")} runnable."));
        for (var i = 0; i < ranking.Count; i++)
        {
            var entry = ranking[i];
            var reasons = new List<Reason> { entry.CommittedReason(), capacityReason };
            var facts = entry.Fact.References.ToList();
            if (i < capacity)
            {
                reasons.Add(ranking.Count <= capacity
                    ? new Reason(
                        "G12.within-capacity",
                        (ranking.Count == 1 ? "The only runnable initiative fits" : Text.Inv($"All {ranking.Count} runnable initiatives fit")) + Text.Inv($" within the capacity of {capacity}, so none queues."))
                    : new Reason(
                        "G12.within-capacity",
                        Text.Inv($"It ranks {i + 1} of {ranking.Count} by committed resources, then by the earlier instant it became ready ({entry.DescribeReadiness()}), within the capacity of {capacity}.")));
                ctx.DecideEach(entry.Fact.Subject, DecisionOutcome.Supported, reasons, facts);
                continue;
            }

            var position = i - capacity + 1;
            if (i == 0)
            {
                // A capacity of 0: the executive team supports no initiative, so the first one queues with none ahead.
                reasons.Add(new Reason(
                    "G12.queue-position",
                    Text.Inv($"Position 1 of {queued} in the queue: framework {context.Framework.Id} sets the executive capacity to 0, so no initiative is supported.")));
                ctx.DecideEach(entry.Fact.Subject, DecisionOutcome.Queued, reasons, facts);
                continue;
            }

            var ahead = ranking[i - 1];
            var before = position == 1
                ? (capacity == 1 ? "the initiative ahead of it is supported" : Text.Inv($"all {capacity} initiatives ahead of it are supported"))
                : Text.Inv($"ahead of it are the {capacity} supported and {position - 1} queued");
            reasons.Add(new Reason(
                "G12.queue-position",
                Text.Inv($"Position {position} of {queued} in the queue: {before}; the one just ahead, {ahead.Fact.Initiative.Title} ({ahead.Fact.Initiative.Id}), ranks higher because {ahead.Explain(entry)}.")));
            facts.AddRange(ahead.Fact.References);
            ctx.DecideEach(entry.Fact.Subject, DecisionOutcome.Queued, reasons, facts);
        }
    }
}
