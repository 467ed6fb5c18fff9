using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Allocation;

namespace Clems.Rules.Tests.Allocation;

/// A small allocation problem for the algorithm-level properties: interest i is (Member[i], Project[i]); its key is
/// (Tier[i], Ticket[i], member ordinal), smaller is better; Preferences[m] lists member m's interests, best first.
public sealed record AllocationProblem(
    int[] Capacity,
    int[] Cap,
    int[] Member,
    int[] Project,
    bool[] Eligible,
    long[] Tier,
    long[] Ticket,
    int[][] Preferences)
{
    public const int KeyWidth = 3;

    public int MemberCount => Cap.Length;

    public int ProjectCount => Capacity.Length;

    public int InterestCount => Member.Length;

    internal AllocationInput ToInput()
    {
        var start = new int[MemberCount + 1];
        var list = new List<int>(InterestCount);
        for (var m = 0; m < MemberCount; m++)
        {
            start[m] = list.Count;
            list.AddRange(Preferences[m]);
        }

        start[MemberCount] = list.Count;
        var keys = new long[InterestCount * KeyWidth];
        for (var i = 0; i < InterestCount; i++)
        {
            keys[i * KeyWidth] = Tier[i];
            keys[(i * KeyWidth) + 1] = Ticket[i];
            keys[(i * KeyWidth) + 2] = Member[i];
        }

        return new AllocationInput(
            (int[])Capacity.Clone(), (int[])Cap.Clone(), (int[])Member.Clone(), (int[])Project.Clone(), (bool[])Eligible.Clone(), start, [.. list], keys, KeyWidth);
    }

    internal AllocationOutcome Run() => DeferredAcceptance.Run(ToInput());

    public AllocationProblem WithCaps(int cap) => this with { Cap = [.. Cap.Select(_ => cap)] };

    /// Tickets that differ within every project, so that the member ordinal never decides.
    public AllocationProblem WithStrictTickets() => this with { Ticket = [.. Enumerable.Range(0, InterestCount).Select(i => (long)((i * 7919) % 10007))] };

    public AllocationProblem WithPreferences(int member, int[] order)
    {
        var preferences = (int[][])Preferences.Clone();
        preferences[member] = order;
        return this with { Preferences = preferences };
    }

    /// Interest i moves ahead of every interest at its project (a better key on the first column).
    public AllocationProblem Improved(int interest)
    {
        var tier = (long[])Tier.Clone();
        tier[interest] = Tier.Min() - 1;
        return this with { Tier = tier };
    }

    /// Member m becomes member renaming[m]: its interests, cap and preferences move with it; tiers and tickets stay.
    public AllocationProblem Renamed(int[] renaming)
    {
        var cap = new int[MemberCount];
        var preferences = new int[MemberCount][];
        for (var m = 0; m < MemberCount; m++)
        {
            cap[renaming[m]] = Cap[m];
            preferences[renaming[m]] = Preferences[m];
        }

        return this with { Cap = cap, Member = [.. Member.Select(m => renaming[m])], Preferences = preferences };
    }

    /// The interest of member m at project p, or -1.
    public int InterestOf(int member, int project)
    {
        for (var i = 0; i < InterestCount; i++)
        {
            if (Member[i] == member && Project[i] == project)
            {
                return i;
            }
        }

        return -1;
    }

    public override string ToString()
        => $"capacity [{string.Join(",", Capacity)}] caps [{string.Join(",", Cap.Select(c => c == int.MaxValue ? "-" : c.ToString(System.Globalization.CultureInfo.InvariantCulture)))}] interests "
            + string.Join(" ", Enumerable.Range(0, InterestCount).Select(i => $"#{i}:m{Member[i]}>p{Project[i]}{(Eligible[i] ? "" : "(x)")}({Tier[i]},{Ticket[i]})"))
            + " prefs " + string.Join(" ", Preferences.Select((p, m) => $"m{m}:[{string.Join(",", p)}]"));
}
