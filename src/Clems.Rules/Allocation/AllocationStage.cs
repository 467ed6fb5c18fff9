using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Allocation;

/// Runs the allocator between the allocation rules' two firings: it takes what the rules decided (eligible interests per
/// project, projects excluded for want of agreed rules), builds each project's packed integer keys, runs deferred
/// acceptance, and returns the outcome facts the explaining rule fires on plus the audit record for the report — or the
/// input problems that stop it (a tie that only the lottery can end, without a published seed), with no outcome.
internal static class AllocationStage
{
    internal static (List<ProjectOutcome> Outcomes, AllocationResult Result, List<ValidationProblem> Problems) Allocate(
        ClusterSnapshot snapshot,
        IReadOnlyList<ProjectFact> projects,
        IReadOnlyList<InterestFact> interests,
        int[] first,
        IEnumerable<ProjectDemand> demands,
        IEnumerable<ProjectExcluded> excluded)
    {
        var seed = snapshot.LotterySeed;
        var projectOf = new int[interests.Count];
        for (var p = 0; p < projects.Count; p++)
        {
            projectOf.AsSpan(first[p], first[p + 1] - first[p]).Fill(p);
        }

        var excludedSet = excluded.Select(e => e.Project).ToHashSet();
        var eligible = new bool[interests.Count];
        var demandByProject = demands.ToDictionary(d => d.Project);
        foreach (var demand in demandByProject.Values.Where(d => !excludedSet.Contains(d.Project)))
        {
            foreach (var interest in demand.Eligible)
            {
                eligible[interest.Index] = true;
            }
        }

        // Members are numbered by id: the ordinal is the last key column (a 64-bit ticket collision).
        // (The projection numbered every organisation by id; the members with an interest keep that order, compacted.)
        var ordinals = interests.Select(i => i.MemberOrdinal).Distinct().Order().ToArray();
        var compact = new int[ordinals.Length == 0 ? 0 : ordinals[^1] + 1];
        var memberIds = new List<OrganizationId>(ordinals.Length);
        foreach (var interest in interests)
        {
            compact[interest.MemberOrdinal] = -1;
        }

        for (var m = 0; m < ordinals.Length; m++)
        {
            compact[ordinals[m]] = m;
        }

        memberIds.AddRange(new OrganizationId[ordinals.Length]);
        foreach (var interest in interests)
        {
            memberIds[compact[interest.MemberOrdinal]] = interest.Interest.Member;
        }

        var memberIndex = new MemberIndex(compact);

        var preferences = snapshot.MemberPreferences.ToDictionary(p => p.Member);
        var caps = memberIds.Select(m => preferences.TryGetValue(m, out var p) && p.Cap is { } cap ? cap : int.MaxValue).ToArray();
        var (preferenceStart, preferenceList) = Preferences(interests, memberIds, memberIndex, preferences);

        var width = projects.Select(p => p.Criteria.Length + 1).DefaultIfEmpty(3).Max();
        // Projects pack disjoint rows and draw their own tickets (a SHA-256 per eligible interest): in parallel.
        var keys = new long[interests.Count * width];
        var packed = demandByProject.Values.ToArray();
        System.Threading.Tasks.Parallel.For(0, packed.Length, (int p) => CompetitionKey.Pack(packed[p].Project, packed[p].Eligible, i => memberIndex[i], keys, width));

        var input = new AllocationInput(
            [.. projects.Select(p => p.Runnable && !excludedSet.Contains(p) ? p.Places.Places : 0)],
            caps,
            [.. interests.Select(i => memberIndex[i])],
            projectOf,
            eligible,
            preferenceStart,
            preferenceList,
            keys,
            width);
        // Without a seed, deferred acceptance also looks for refusals the lottery column would decide: the columns before it.
        var outcome = DeferredAcceptance.Run(input, seed is null ? [.. projects.Select(p => p.Criteria.Length - 1)] : null);
        var problems = seed is null ? TiesNeedingTheLottery(projects, demandByProject, input, outcome) : [];
        if (problems.Count > 0)
        {
            return ([], AllocationResult.Empty, problems);
        }

        var (outcomes, result) = Explain(projects, interests, first, demandByProject, excludedSet, memberIds, memberIndex, preferences, input, outcome);
        return (outcomes, result, problems);
    }

    /// Each member's interests, best first: its own ranking, then the default order (its committed amount to the
    /// project, larger first; then the earlier interest; then the project id).
    private static (int[] Start, int[] List) Preferences(
        IReadOnlyList<InterestFact> interests,
        List<OrganizationId> memberIds,
        MemberIndex memberIndex,
        Dictionary<OrganizationId, MemberAllocationPreferences> preferences)
    {
        // Counting sort by member, then each member's few interests ordered in place.
        var start = new int[memberIds.Count + 1];
        foreach (var interest in interests)
        {
            start[memberIndex[interest] + 1]++;
        }

        for (var m = 0; m < memberIds.Count; m++)
        {
            start[m + 1] += start[m];
        }

        var list = new int[interests.Count];
        var cursor = (int[])start.Clone();
        for (var i = 0; i < interests.Count; i++)
        {
            list[cursor[memberIndex[interests[i]]]++] = i;
        }

        // Members' ranges are disjoint: sorted in parallel, one comparer per worker (it holds the member's ranking).
        System.Threading.Tasks.Parallel.For(
            0,
            memberIds.Count,
            () => new MemberOrder(interests),
            (int m, System.Threading.Tasks.ParallelLoopState _, MemberOrder order) =>
            {
                var length = start[m + 1] - start[m];
                if (length > 1)
                {
                    order.Ranking = preferences.TryGetValue(memberIds[m], out var p) ? p.Ranking : [];
                    System.Array.Sort(list, start[m], length, order);
                }

                return order;
            },
            _ => { });

        return (start, list);
    }

    /// A member's default order (its own committed amount to the project, larger first; then the earlier interest;
    /// then the project id, which is the projection's order), after the projects it ranked itself.
    private sealed class MemberOrder(IReadOnlyList<InterestFact> interests) : IComparer<int>
    {
        public ImmutableArray<InitiativeId> Ranking { get; set; } = [];

        public int Compare(int x, int y)
        {
            var a = interests[x];
            var b = interests[y];
            var order = Position(a).CompareTo(Position(b));
            if (order == 0)
            {
                order = (b.CommittedAmount?.Amount ?? 0m).CompareTo(a.CommittedAmount?.Amount ?? 0m);
            }

            if (order == 0)
            {
                order = a.Interest.ShownAt.CompareTo(b.Interest.ShownAt);
            }

            return order != 0 ? order : a.Index.CompareTo(b.Index);
        }

        private int Position(InterestFact interest)
        {
            if (Ranking.IsEmpty)
            {
                return int.MaxValue;
            }

            var position = Ranking.IndexOf(interest.Interest.Project);
            return position >= 0 ? position : int.MaxValue;
        }
    }

    /// Without a published seed the lottery cannot be drawn: when deferred acceptance refused a proposal while keeping
    /// one that ties with it on every criterion before the lottery, the lottery column decided that refusal, and that is
    /// an input problem naming the project, the tied members and the criteria — never a silent fallback to the member id.
    /// One problem per project; the tied members are every member that proposed there with the key (before the lottery)
    /// of such a refusal. (A tie across a project's final cutoff is always such a refusal: the cutoff only rises, so the
    /// refused member tied with the worst kept proposal when it was refused. docs/allocation.md, "Edge cases".)
    private static List<ValidationProblem> TiesNeedingTheLottery(
        IReadOnlyList<ProjectFact> projects,
        Dictionary<ProjectFact, ProjectDemand> demands,
        AllocationInput input,
        AllocationOutcome outcome)
    {
        var problems = new List<ValidationProblem>();
        foreach (var refusals in outcome.LotteryRefusals.GroupBy(r => input.InterestProject[r.Refused]).OrderBy(g => g.Key))
        {
            var project = projects[refusals.Key];
            var before = project.Criteria.Length - 1;
            var proposed = demands[project].Eligible.Where(e => outcome.Status[e.Index] is InterestStatus.Held or InterestStatus.Rejected);
            var tied = proposed.Where(e => refusals.Any(r => input.TiesBefore(e.Index, r.Refused, before)))
                .Select(e => e.Interest.Member.Value)
                .Order(StringComparer.Ordinal)
                .ToList();
            var criteria = string.Join(", ", project.Criteria.Take(before).Select(CriterionNames.Of));
            problems.Add(new(
                "$.lotterySeed",
                AllocationProblems.MissingLotterySeed,
                $"At project {project.Places.Initiative}, {Text.List(tied)} tie on every criterion ({criteria}) and deferred acceptance refused one of them "
                + "while keeping another, so the lottery must decide, but the scenario publishes no lotterySeed. Publish the seed drawn after the competition rules were frozen (G16)."));
        }

        return problems;
    }

    private static (List<ProjectOutcome>, AllocationResult) Explain(
        IReadOnlyList<ProjectFact> projects,
        IReadOnlyList<InterestFact> interests,
        int[] first,
        Dictionary<ProjectFact, ProjectDemand> demands,
        HashSet<ProjectFact> excluded,
        List<OrganizationId> memberIds,
        MemberIndex memberIndex,
        Dictionary<OrganizationId, MemberAllocationPreferences> preferences,
        AllocationInput input,
        AllocationOutcome outcome)
    {
        // What each member holds, in its preference order, to explain "not reached"; one array per member, shared by
        // every interest it was not reached at and by its record in the report.
        var held = new ImmutableArray<InitiativeId>[memberIds.Count];
        var ranking = new ImmutableArray<InitiativeId>[memberIds.Count];
        var holding = ImmutableArray.CreateBuilder<InitiativeId>();
        for (var m = 0; m < memberIds.Count; m++)
        {
            var from = input.PreferenceStart[m];
            var to = input.PreferenceStart[m + 1];
            var ranked = new InitiativeId[to - from];
            holding.Clear();
            for (var k = from; k < to; k++)
            {
                var i = input.Preferences[k];
                ranked[k - from] = interests[i].Interest.Project;
                if (outcome.Status[i] == InterestStatus.Held)
                {
                    holding.Add(interests[i].Interest.Project);
                }
            }

            ranking[m] = ImmutableCollectionsMarshal.AsImmutableArray(ranked);
            held[m] = holding.ToImmutable();
        }

        // Each project's interests are one range of indices (the projection's order: project, then member).
        // Projects are explained independently (disjoint ranges of interests): in parallel, each into its own slot.
        var records = new ProjectAllocation[projects.Count];
        var explainedProjects = new ProjectOutcome?[projects.Count];
        var rankOf = new int[interests.Count];
        var order = new KeyOrder(input);
        System.Threading.Tasks.Parallel.For(0, projects.Count, (int p) =>
        {
            var project = projects[p];
            var allocated = project.Runnable && !excluded.Contains(project);
            var ranked = demands.TryGetValue(project, out var demand) ? demand.Eligible.Select(i => i.Index).ToArray() : [];
            System.Array.Sort(ranked, order);
            for (var r = 0; r < ranked.Length; r++)
            {
                rankOf[ranked[r]] = r + 1;
            }

            var cutoff = outcome.Cutoff[p];
            var cutoffRank = allocated && cutoff >= 0 ? rankOf[cutoff] : (int?)null;
            var entries = ImmutableArray.CreateBuilder<AllocationEntry>(first[p + 1] - first[p]);
            var explained = allocated ? ImmutableArray.CreateBuilder<InterestOutcome>(ranked.Length) : null;
            var admitted = 0;
            foreach (var i in ranked)
            {
                var member = memberIndex[interests[i]];
                var kind = !allocated ? AllocationOutcomeKind.NotAllocated : outcome.Status[i] switch
                {
                    InterestStatus.Held => AllocationOutcomeKind.Admitted,
                    InterestStatus.NotReached => AllocationOutcomeKind.NotReached,
                    _ => AllocationOutcomeKind.BelowCutoff,
                };
                admitted += kind == AllocationOutcomeKind.Admitted ? 1 : 0;

                // The key for people is written when first read, once per interest, and shared by the entry and the reasons.
                entries.Add(new AllocationEntry(interests[i].Interest.Member, rankOf[i], kind, interests[i]));
                explained?.Add(new InterestOutcome(
                    interests[i],
                    kind,
                    rankOf[i],
                    kind == AllocationOutcomeKind.BelowCutoff && cutoff >= 0 ? input.FirstLosingColumn(i, cutoff) : null,
                    cutoff >= 0 ? interests[cutoff] : null,
                    held[member],
                    input.Cap[member] == int.MaxValue ? null : input.Cap[member]));
            }

            // Then the ineligible interests, by member id (the range's order).
            for (var i = first[p]; i < first[p + 1]; i++)
            {
                if (rankOf[i] == 0)
                {
                    entries.Add(new AllocationEntry(interests[i].Interest.Member, null, AllocationOutcomeKind.Ineligible, []));
                }
            }

            records[p] = new ProjectAllocation(project.Places.Initiative, project.Places.Places, allocated, project.Criteria, entries.MoveToImmutable(), cutoffRank);
            explainedProjects[p] = explained is null ? null : new ProjectOutcome(project, ranked.Length, admitted, explained.MoveToImmutable(), cutoffRank);
        });

        var outcomes = explainedProjects.OfType<ProjectOutcome>().ToList();
        var members = memberIds.Select((id, m) => new MemberAllocation(
            id,
            preferences.TryGetValue(id, out var p) ? p.Cap : null,
            ranking[m],
            held[m]));
        return (outcomes, new AllocationResult(records, members));
    }

    /// The competition order on interest indices (the allocator's packed keys), for sorting a project's ranking.
    private sealed class KeyOrder(AllocationInput input) : IComparer<int>
    {
        public int Compare(int x, int y) => input.Compare(x, y);
    }

    /// A member's compact number (its rank among the members with an interest, by id), from the organisation ordinal.
    private readonly struct MemberIndex(int[] compact)
    {
        public int this[InterestFact interest] => compact[interest.MemberOrdinal];
    }
}
