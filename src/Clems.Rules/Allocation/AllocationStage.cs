using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Allocation;

/// Runs the allocator between the allocation rules' two firings: it takes what the rules decided (eligible interests per
/// project, projects excluded for want of agreed rules), builds each project's packed integer keys, runs deferred
/// acceptance, and returns the outcome facts the explaining rule fires on plus the audit record for the report.
internal static class AllocationStage
{
    private const long NoValue = long.MaxValue;

    internal static (List<ProjectOutcome> Outcomes, AllocationResult Result) Allocate(
        ProjectionScope scope,
        IReadOnlyList<ProjectFact> projects,
        IReadOnlyList<InterestFact> interests,
        IEnumerable<ProjectDemand> demands,
        IEnumerable<ProjectExcluded> excluded)
    {
        var seed = scope.Snapshot.LotterySeed;
        var projectIndex = new Dictionary<ProjectFact, int>();
        for (var p = 0; p < projects.Count; p++)
        {
            projectIndex[projects[p]] = p;
        }

        var excludedSet = excluded.Select(e => e.Project).ToHashSet();
        var interestIndex = new Dictionary<InterestFact, int>(interests.Count);
        for (var i = 0; i < interests.Count; i++)
        {
            interestIndex[interests[i]] = i;
        }

        var eligible = new bool[interests.Count];
        var demandByProject = demands.ToDictionary(d => d.Project);
        foreach (var demand in demandByProject.Values.Where(d => !excludedSet.Contains(d.Project)))
        {
            foreach (var interest in demand.Eligible)
            {
                eligible[interestIndex[interest]] = true;
            }
        }

        // Members are numbered by id: the ordinal is the last key column (a 64-bit ticket collision).
        var memberIds = interests.Select(i => i.Interest.Member).Distinct().Order().ToList();
        var memberIndex = new Dictionary<OrganizationId, int>(memberIds.Count);
        for (var m = 0; m < memberIds.Count; m++)
        {
            memberIndex[memberIds[m]] = m;
        }

        var preferences = scope.Snapshot.MemberPreferences.ToDictionary(p => p.Member);
        var caps = memberIds.Select(m => preferences.TryGetValue(m, out var p) && p.Cap is { } cap ? cap : int.MaxValue).ToArray();
        var (preferenceStart, preferenceList) = Preferences(interests, memberIds, memberIndex, preferences);

        var width = projects.Select(p => p.Criteria.Length + 1).DefaultIfEmpty(3).Max();
        var keys = new long[interests.Count * width];
        var display = new string[interests.Count][];
        foreach (var project in projects)
        {
            if (demandByProject.TryGetValue(project, out var demand))
            {
                FillKeys(project, demand.Eligible, interestIndex, memberIndex, seed, keys, width, display);
            }
        }

        var input = new AllocationInput(
            [.. projects.Select(p => p.Runnable && !excludedSet.Contains(p) ? p.Places.Places : 0)],
            caps,
            [.. interests.Select(i => memberIndex[i.Interest.Member])],
            [.. interests.Select(i => projectIndex[i.Project])],
            eligible,
            preferenceStart,
            preferenceList,
            keys,
            width);
        var outcome = DeferredAcceptance.Run(input);
        if (seed is null)
        {
            CheckTiesNeedNoLottery(projects, demandByProject, excludedSet, interestIndex, input, outcome);
        }

        return Explain(projects, interests, demandByProject, excludedSet, interestIndex, memberIds, memberIndex, preferences, input, outcome, display);
    }

    /// Each member's interests, best first: its own ranking, then the default order (its committed amount to the
    /// project, larger first; then the earlier interest; then the project id).
    private static (int[] Start, int[] List) Preferences(
        IReadOnlyList<InterestFact> interests,
        List<OrganizationId> memberIds,
        Dictionary<OrganizationId, int> memberIndex,
        Dictionary<OrganizationId, MemberAllocationPreferences> preferences)
    {
        var byMember = new List<int>[memberIds.Count];
        for (var m = 0; m < byMember.Length; m++)
        {
            byMember[m] = [];
        }

        for (var i = 0; i < interests.Count; i++)
        {
            byMember[memberIndex[interests[i].Interest.Member]].Add(i);
        }

        var start = new int[memberIds.Count + 1];
        var list = new int[interests.Count];
        var at = 0;
        for (var m = 0; m < memberIds.Count; m++)
        {
            start[m] = at;
            var ranking = preferences.TryGetValue(memberIds[m], out var p) ? p.Ranking : [];
            var ordered = byMember[m]
                .OrderBy(i => ranking.IndexOf(interests[i].Interest.Project) is var r && r >= 0 ? r : int.MaxValue)
                .ThenByDescending(i => interests[i].CommittedAmount?.Amount ?? 0m)
                .ThenBy(i => interests[i].Interest.ShownAt)
                .ThenBy(i => interests[i].Interest.Project);
            foreach (var i in ordered)
            {
                list[at++] = i;
            }
        }

        start[memberIds.Count] = at;
        return (start, list);
    }

    /// Packs each eligible interest's key into longs, smaller is better: the preparation tier, the criteria (decimals by
    /// their rank among the project's distinct values, so comparisons stay exact), the lottery ticket, the member ordinal.
    private static void FillKeys(
        ProjectFact project,
        IReadOnlyList<InterestFact> eligible,
        Dictionary<InterestFact, int> interestIndex,
        Dictionary<OrganizationId, int> memberIndex,
        string? seed,
        long[] keys,
        int width,
        string[][] display)
    {
        var criteria = project.Criteria;
        var amountRank = DescendingRank(eligible.Select(i => i.CommittedAmount?.Amount ?? 0m));
        var daysRank = DescendingRank(eligible.Select(i => i.PersonDays));
        var scope = project.Places.Competition?.LotteryScope == LotteryScope.Cluster ? string.Empty : project.Places.Initiative.Value;
        foreach (var interest in eligible)
        {
            var row = interestIndex[interest] * width;
            var shown = new string[criteria.Length + 1];
            for (var c = 0; c < criteria.Length; c++)
            {
                (long Key, string Shown) value = criteria[c] switch
                {
                    CompetitionCriterion.PreparationCommitment => (interest.PreparationCommitted ? 0L : 1L, interest.PreparationCommitted ? "yes" : "no"),
                    CompetitionCriterion.CommittedAmount => (amountRank[interest.CommittedAmount?.Amount ?? 0m], interest.CommittedAmount?.ToString() ?? "none"),
                    CompetitionCriterion.EarlierCommitment => interest.FirstCommitmentAt is { } first
                        ? (first.ToUnixTimeTicks(), Text.Instant(first))
                        : (NoValue, "none"),
                    CompetitionCriterion.Involvement => (daysRank[interest.PersonDays], Text.Inv($"{interest.PersonDays} person-days")),
                    CompetitionCriterion.MembershipSeniority => interest.Standing.Term is { } term
                        ? ((long)term.Start.ToDateOnly().DayNumber, "member since " + Text.Date(term.Start))
                        : (NoValue, "none"),
                    _ => seed is null
                        ? (0L, "not drawn")
                        : Ticket(seed, scope, interest.Interest.Member.Value),
                };
                keys[row + c] = value.Key;
                shown[c] = value.Shown;
            }

            keys[row + criteria.Length] = memberIndex[interest.Interest.Member];
            shown[criteria.Length] = interest.Interest.Member.Value;
            display[interestIndex[interest]] = shown;
        }
    }

    private static (long, string) Ticket(string seed, string scope, string member)
    {
        var ticket = LotteryTicket.Draw(seed, scope, member);
        return ((long)(ticket ^ 0x8000_0000_0000_0000UL), LotteryTicket.ToHex(ticket));
    }

    private static Dictionary<decimal, long> DescendingRank(IEnumerable<decimal> values)
    {
        var rank = new Dictionary<decimal, long>();
        foreach (var value in values.Distinct().OrderDescending())
        {
            rank[value] = rank.Count;
        }

        return rank;
    }

    /// Without a published seed the lottery cannot be drawn: when members tie on every agreed criterion across a
    /// project's cutoff, that is an input error naming them, never a silent fallback to the member id.
    private static void CheckTiesNeedNoLottery(
        IReadOnlyList<ProjectFact> projects,
        Dictionary<ProjectFact, ProjectDemand> demands,
        HashSet<ProjectFact> excluded,
        Dictionary<InterestFact, int> interestIndex,
        AllocationInput input,
        AllocationOutcome outcome)
    {
        var problems = new List<ValidationProblem>();
        for (var p = 0; p < projects.Count; p++)
        {
            var cutoff = outcome.Cutoff[p];
            if (cutoff < 0 || excluded.Contains(projects[p]) || !demands.TryGetValue(projects[p], out var demand))
            {
                continue;
            }

            var before = projects[p].Criteria.Length - 1;
            bool TiesWithCutoff(int i) => Enumerable.Range(0, before).All(c => input.Keys[(i * input.KeyWidth) + c] == input.Keys[(cutoff * input.KeyWidth) + c]);
            var indices = demand.Eligible.Select(i => interestIndex[i]).ToList();
            if (!indices.Any(i => outcome.Status[i] == InterestStatus.Rejected && TiesWithCutoff(i)))
            {
                continue;
            }

            var tied = demand.Eligible.Where(e => TiesWithCutoff(interestIndex[e])).Select(e => e.Interest.Member.Value).Order(StringComparer.Ordinal).ToList();
            var criteria = string.Join(", ", projects[p].Criteria.Take(before).Select(AllocationProjection.NameOf));
            problems.Add(new(
                "$.lotterySeed",
                $"At project {projects[p].Places.Initiative}, {Text.List(tied)} tie on every criterion ({criteria}) across the cutoff, so the lottery must decide, "
                + "but the scenario publishes no lotterySeed. Publish the seed drawn after the competition rules were frozen (G16)."));
        }

        if (problems.Count > 0)
        {
            throw new SnapshotValidationException(problems);
        }
    }

    private static (List<ProjectOutcome>, AllocationResult) Explain(
        IReadOnlyList<ProjectFact> projects,
        IReadOnlyList<InterestFact> interests,
        Dictionary<ProjectFact, ProjectDemand> demands,
        HashSet<ProjectFact> excluded,
        Dictionary<InterestFact, int> interestIndex,
        List<OrganizationId> memberIds,
        Dictionary<OrganizationId, int> memberIndex,
        Dictionary<OrganizationId, MemberAllocationPreferences> preferences,
        AllocationInput input,
        AllocationOutcome outcome,
        string[][] display)
    {
        // What each member holds, in its preference order, to explain "not reached".
        var held = new List<InitiativeId>[memberIds.Count];
        var ranking = new List<InitiativeId>[memberIds.Count];
        for (var m = 0; m < memberIds.Count; m++)
        {
            held[m] = [];
            ranking[m] = [];
            for (var k = input.PreferenceStart[m]; k < input.PreferenceStart[m + 1]; k++)
            {
                var i = input.Preferences[k];
                ranking[m].Add(interests[i].Interest.Project);
                if (outcome.Status[i] == InterestStatus.Held)
                {
                    held[m].Add(interests[i].Interest.Project);
                }
            }
        }

        // One shared array per member: every interest it was not reached at names the same projects.
        var heldArrays = held.Select(h => h.ToImmutableArray()).ToArray();
        var outcomes = new List<ProjectOutcome>();
        var records = new List<ProjectAllocation>();
        var byProject = interests.ToLookup(i => i.Project);
        for (var p = 0; p < projects.Count; p++)
        {
            var project = projects[p];
            var allocated = project.Runnable && !excluded.Contains(project);
            var ranked = demands.TryGetValue(project, out var demand)
                ? demand.Eligible.Select(i => interestIndex[i]).Order(Comparer<int>.Create(input.Compare)).ToList()
                : [];
            var rankOf = new Dictionary<int, int>();
            for (var r = 0; r < ranked.Count; r++)
            {
                rankOf[ranked[r]] = r + 1;
            }

            var cutoffRank = allocated && outcome.Cutoff[p] >= 0 ? rankOf[outcome.Cutoff[p]] : (int?)null;
            var entries = new List<AllocationEntry>();
            var explained = new List<InterestOutcome>();
            foreach (var i in ranked)
            {
                var member = memberIndex[interests[i].Interest.Member];
                var kind = !allocated ? AllocationOutcomeKind.NotAllocated : outcome.Status[i] switch
                {
                    InterestStatus.Held => AllocationOutcomeKind.Admitted,
                    InterestStatus.NotReached => AllocationOutcomeKind.NotReached,
                    _ => AllocationOutcomeKind.BelowCutoff,
                };
                entries.Add(new AllocationEntry(interests[i].Interest.Member, rankOf[i], kind, display[i]));
                if (allocated)
                {
                    var lost = kind == AllocationOutcomeKind.BelowCutoff && outcome.Cutoff[p] >= 0 ? input.FirstLosingColumn(i, outcome.Cutoff[p]) : (int?)null;
                    explained.Add(new InterestOutcome(
                        interests[i],
                        kind,
                        rankOf[i],
                        lost,
                        display[i],
                        outcome.Cutoff[p] >= 0 ? display[outcome.Cutoff[p]] : null,
                        heldArrays[member],
                        input.Cap[member] == int.MaxValue ? null : input.Cap[member]));
                }
            }

            foreach (var interest in byProject[project].Where(i => !rankOf.ContainsKey(interestIndex[i])).OrderBy(i => i.Interest.Member))
            {
                entries.Add(new AllocationEntry(interest.Interest.Member, null, AllocationOutcomeKind.Ineligible, []));
            }

            records.Add(new ProjectAllocation(project.Places.Initiative, project.Places.Places, allocated, project.Criteria, entries, cutoffRank));
            if (allocated)
            {
                outcomes.Add(new ProjectOutcome(project, ranked.Count, explained.Count(e => e.Kind == AllocationOutcomeKind.Admitted), [.. explained], cutoffRank));
            }
        }

        var members = memberIds.Select((id, m) => new MemberAllocation(
            id,
            preferences.TryGetValue(id, out var p) ? p.Cap : null,
            ranking[m],
            held[m]));
        return (outcomes, new AllocationResult(records, members));
    }
}
