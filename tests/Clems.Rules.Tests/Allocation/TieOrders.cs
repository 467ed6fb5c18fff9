using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Allocation;

namespace Clems.Rules.Tests.Allocation;

/// Rebuilds an engine result's problem with every strict order of the tied members in place of the lottery, and runs
/// deferred acceptance under each: one ticket order shared by the cluster-scoped projects, one per project-scoped project.
internal static class TieOrders
{
    public static bool AnyStrictOrderGives(AllocationCase c, AllocationResult result)
    {
        var members = result.Members.ToList();
        var projects = result.Projects.ToList();
        var projectIndex = projects.Select((p, k) => (p.Project, k)).ToDictionary(x => x.Project, x => x.k);
        var member = new List<int>();
        var project = new List<int>();
        var eligible = new List<bool>();
        var tier = new List<long>();
        var preferences = new int[members.Count][];
        var expected = new SortedSet<int>();
        for (var m = 0; m < members.Count; m++)
        {
            var own = new List<int>();
            foreach (var p in members[m].Ranking)
            {
                var entry = projects[projectIndex[p]].Entries.Single(e => e.Member == members[m].Member);
                own.Add(member.Count);
                if (entry.Outcome == AllocationOutcomeKind.Admitted)
                {
                    expected.Add(member.Count);
                }

                member.Add(m);
                project.Add(projectIndex[p]);
                eligible.Add(entry.Rank is not null);
                tier.Add(entry.Rank is not null && entry.Key[0] == "yes" ? 0 : 1);
            }

            preferences[m] = [.. own];
        }

        // Factor 0 is the cluster-wide order; factor 1 + k the order at project k when its lottery is per project.
        var factorOf = projects.Select((_, k) => c.Scope[k] == LotteryScope.Cluster ? 0 : 1 + k).ToArray();
        var factors = factorOf.Distinct().Order().ToList();
        var orders = Permutations(Enumerable.Range(0, members.Count).ToArray()).ToList();
        foreach (var choice in Product(factors.Count, orders.Count))
        {
            var ticket = Enumerable.Range(0, member.Count)
                .Select(i => (long)System.Array.IndexOf(orders[choice[factors.IndexOf(factorOf[project[i]])]], member[i]))
                .ToArray();
            var problem = new AllocationProblem(
                [.. projects.Select(p => p.Allocated ? p.Places : 0)],
                [.. members.Select(m => m.Cap ?? int.MaxValue)],
                [.. member],
                [.. project],
                [.. eligible],
                [.. tier],
                ticket,
                preferences);
            if (AllocationInvariants.Held(problem.Run()).SetEquals(expected))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<int[]> Permutations(int[] items)
        => items.Length <= 1
            ? [items]
            : items.SelectMany((x, k) => Permutations([.. items.Where((_, j) => j != k)]).Select(rest => (int[])[x, .. rest]));

    private static IEnumerable<int[]> Product(int factors, int size)
    {
        var choice = new int[factors];
        while (true)
        {
            yield return (int[])choice.Clone();
            var k = 0;
            while (k < factors && ++choice[k] == size)
            {
                choice[k++] = 0;
            }

            if (k == factors)
            {
                yield break;
            }
        }
    }
}
