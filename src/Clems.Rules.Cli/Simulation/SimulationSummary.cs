using System;
using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Membership;

namespace Clems.Rules.Cli.Simulation;

/// <summary>What a simulation decided, in numbers (docs/simulation.md defines each field).</summary>
internal sealed class SimulationSummary
{
    public required int TotalDecisions { get; init; }

    /// <summary>Decisions by outcome, in the order of <see cref="DecisionOutcome"/>; outcomes with none are left out.</summary>
    public required IReadOnlyList<(DecisionOutcome Outcome, int Count)> ByOutcome { get; init; }

    /// <summary>Decisions by clause cited, in clause order; a decision citing several clauses counts under each.</summary>
    public required IReadOnlyList<(ClauseId Clause, int Count)> ByClause { get; init; }

    /// <summary>The places of every project.</summary>
    public required long PlacesOffered { get; init; }

    /// <summary>The places of the projects that made an allocation.</summary>
    public required long PlacesOfferedInAllocatedProjects { get; init; }

    /// <summary>The interests admitted.</summary>
    public required long PlacesFilled { get; init; }

    /// <summary>The eligible interests ranked in projects that made an allocation: the denominator of the lottery share.</summary>
    public required long RankedInterests { get; init; }

    /// <summary>The interests whose admission or refusal the lottery decided.</summary>
    public required long DecidedByLottery { get; init; }

    /// <summary>Per organisation kind: interests shown and interests admitted.</summary>
    public required IReadOnlyList<(OrganizationKind Kind, long Interests, long Admitted)> ByKind { get; init; }

    public static SimulationSummary Compute(ClusterSnapshot snapshot, GovernanceReport report)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(report);
        var byOutcome = new int[Enum.GetValues<DecisionOutcome>().Length];
        var byClause = new SortedDictionary<ClauseId, int>();
        foreach (var decision in report.Decisions)
        {
            byOutcome[(int)decision.Outcome]++;
            foreach (var clause in decision.Clauses)
            {
                byClause[clause] = byClause.GetValueOrDefault(clause) + 1;
            }
        }

        long offeredInAllocated = 0, filled = 0, ranked = 0, lottery = 0;
        var kindOf = snapshot.Organizations.ToDictionary(o => o.Id, o => o.Kind);
        var kinds = Enum.GetValues<OrganizationKind>();
        var interestsByKind = new long[kinds.Length];
        var admittedByKind = new long[kinds.Length];
        foreach (var interest in snapshot.Interests)
        {
            interestsByKind[(int)kindOf[interest.Member]]++;
        }

        foreach (var project in report.Allocation.Projects)
        {
            foreach (var entry in project.Entries.Where(e => e.Outcome == AllocationOutcomeKind.Admitted))
            {
                filled++;
                admittedByKind[(int)kindOf[entry.Member]]++;
            }

            if (project.Allocated)
            {
                offeredInAllocated += project.Places;
                ranked += project.Entries.Count(e => e.Rank is not null);
                lottery += CountDecidedByLottery(project);
            }
        }

        return new SimulationSummary
        {
            TotalDecisions = report.Decisions.Length,
            ByOutcome = [.. Enum.GetValues<DecisionOutcome>().Where(o => byOutcome[(int)o] > 0).Select(o => (o, byOutcome[(int)o]))],
            ByClause = [.. byClause.Select(c => (c.Key, c.Value))],
            PlacesOffered = snapshot.Projects.Sum(p => (long)p.Places),
            PlacesOfferedInAllocatedProjects = offeredInAllocated,
            PlacesFilled = filled,
            RankedInterests = ranked,
            DecidedByLottery = lottery,
            ByKind = [.. kinds.Select(k => (k, interestsByKind[(int)k], admittedByKind[(int)k]))],
        };
    }

    /// The lottery decided a project's tie when members that equal the cutoff on every criterion before the lottery
    /// fall on both sides of it (as the engine defines "reaches the lottery"): each admitted or below-cutoff interest of
    /// that tie was decided by the draw. Interests not reached (their member's cap was full) were not.
    private static int CountDecidedByLottery(ProjectAllocation project)
    {
        if (project.CutoffRank is not { } cutoffRank)
        {
            return 0;
        }

        var lotteryColumn = project.Criteria.IndexOf(CompetitionCriterion.Lottery);
        var cutoff = project.Entries.First(e => e.Rank == cutoffRank);
        bool Ties(AllocationEntry e) => e.Rank is not null && e.Key.Take(lotteryColumn).SequenceEqual(cutoff.Key.Take(lotteryColumn), StringComparer.Ordinal);
        var tied = project.Entries
            .Where(e => e.Outcome is AllocationOutcomeKind.Admitted or AllocationOutcomeKind.BelowCutoff && Ties(e))
            .ToList();
        return tied.Any(e => e.Outcome == AllocationOutcomeKind.BelowCutoff) ? tied.Count : 0;
    }
}
