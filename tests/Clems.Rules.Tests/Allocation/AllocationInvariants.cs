using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Clems.Rules.Allocation;

namespace Clems.Rules.Tests.Allocation;

/// The allocation's invariants checked on the algorithm's own output, written apart from the engine's checker.
internal static class AllocationInvariants
{
    public static List<string> Feasibility(AllocationInput input, AllocationOutcome outcome)
    {
        var violations = new List<string>();
        var perProject = new int[input.ProjectCount];
        var perMember = new int[input.MemberCount];
        for (var i = 0; i < input.InterestCount; i++)
        {
            if (outcome.Status[i] == InterestStatus.Unset)
            {
                violations.Add(Inv($"Interest {i} has no status."));
            }

            if (!input.Eligible[i] && outcome.Status[i] != InterestStatus.Ineligible)
            {
                violations.Add(Inv($"Ineligible interest {i} ends {outcome.Status[i]}."));
            }

            if (outcome.Status[i] == InterestStatus.Held)
            {
                perProject[input.InterestProject[i]]++;
                perMember[input.InterestMember[i]]++;
            }
        }

        for (var p = 0; p < input.ProjectCount; p++)
        {
            if (perProject[p] > input.Capacity[p])
            {
                violations.Add(Inv($"Project {p} holds {perProject[p]} for capacity {input.Capacity[p]}."));
            }
        }

        for (var m = 0; m < input.MemberCount; m++)
        {
            if (perMember[m] > input.Cap[m])
            {
                violations.Add(Inv($"Member {m} holds {perMember[m]} over its cap {input.Cap[m]}."));
            }
        }

        return violations;
    }

    /// A member wants the project of interest i when it does not hold it and has room under its cap, or ranks i above
    /// an interest it holds.
    public static bool Wants(AllocationInput input, AllocationOutcome outcome, int interest)
    {
        if (!input.Eligible[interest] || outcome.Status[interest] == InterestStatus.Held)
        {
            return false;
        }

        var member = input.InterestMember[interest];
        var list = Enumerable.Range(input.PreferenceStart[member], input.PreferenceStart[member + 1] - input.PreferenceStart[member])
            .Select(k => input.Preferences[k]).ToList();
        var held = list.Where(i => outcome.Status[i] == InterestStatus.Held).ToList();
        return held.Count < input.Cap[member] || held.Any(h => list.IndexOf(h) > list.IndexOf(interest));
    }

    public static List<string> JustifiedEnvy(AllocationInput input, AllocationOutcome outcome)
    {
        var violations = new List<string>();
        for (var i = 0; i < input.InterestCount; i++)
        {
            if (!Wants(input, outcome, i))
            {
                continue;
            }

            for (var j = 0; j < input.InterestCount; j++)
            {
                if (input.InterestProject[j] == input.InterestProject[i] && outcome.Status[j] == InterestStatus.Held && input.Compare(i, j) < 0)
                {
                    violations.Add(Inv($"Interest {i} wants project {input.InterestProject[i]} and ranks above held interest {j}."));
                }
            }
        }

        return violations;
    }

    public static List<string> Waste(AllocationInput input, AllocationOutcome outcome)
    {
        var violations = new List<string>();
        for (var p = 0; p < input.ProjectCount; p++)
        {
            var held = Enumerable.Range(0, input.InterestCount).Count(i => input.InterestProject[i] == p && outcome.Status[i] == InterestStatus.Held);
            if (held >= input.Capacity[p])
            {
                continue;
            }

            foreach (var i in Enumerable.Range(0, input.InterestCount).Where(i => input.InterestProject[i] == p && Wants(input, outcome, i)))
            {
                violations.Add(Inv($"Project {p} has {input.Capacity[p] - held} empty place(s) while interest {i} wants one."));
            }
        }

        return violations;
    }

    public static List<string> CutoffConsistency(AllocationInput input, AllocationOutcome outcome)
    {
        var violations = new List<string>();
        for (var i = 0; i < input.InterestCount; i++)
        {
            var p = input.InterestProject[i];
            var cutoff = outcome.Cutoff[p];
            if (outcome.Status[i] == InterestStatus.Rejected && input.Capacity[p] > 0 && (cutoff < 0 || input.Compare(i, cutoff) <= 0))
            {
                violations.Add(Inv($"Rejected interest {i} is not worse than project {p}'s cutoff {cutoff}."));
            }

            if (outcome.Status[i] == InterestStatus.Held && cutoff >= 0 && input.Compare(i, cutoff) > 0)
            {
                violations.Add(Inv($"Held interest {i} is worse than project {p}'s cutoff {cutoff}."));
            }
        }

        for (var p = 0; p < input.ProjectCount; p++)
        {
            if (outcome.Cutoff[p] >= 0 && outcome.Status[outcome.Cutoff[p]] != InterestStatus.Held)
            {
                violations.Add(Inv($"Project {p}'s cutoff {outcome.Cutoff[p]} is not held."));
            }
        }

        return violations;
    }

    /// Per-project ranked greedy: each project takes its best eligible interests by key, up to its capacity.
    public static SortedSet<int> Greedy(AllocationInput input)
    {
        var held = new SortedSet<int>();
        foreach (var project in Enumerable.Range(0, input.InterestCount).Where(i => input.Eligible[i]).GroupBy(i => input.InterestProject[i]))
        {
            foreach (var i in project.Order(Comparer<int>.Create(input.Compare)).Take(input.Capacity[project.Key]))
            {
                held.Add(i);
            }
        }

        return held;
    }

    public static SortedSet<int> Held(AllocationOutcome outcome)
        => [.. Enumerable.Range(0, outcome.Status.Length).Where(i => outcome.Status[i] == InterestStatus.Held)];

    /// The position in member m's list of the interest it holds (caps of 1), or the list's length when it holds none.
    public static int HeldPosition(AllocationProblem truth, AllocationOutcome outcome, int member)
    {
        var list = truth.Preferences[member];
        for (var k = 0; k < list.Length; k++)
        {
            if (outcome.Status[list[k]] == InterestStatus.Held)
            {
                return k;
            }
        }

        // An interest held but absent from its true list cannot happen: a member proposes only to interests it lists.
        return list.Length;
    }

    private static string Inv(System.FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
