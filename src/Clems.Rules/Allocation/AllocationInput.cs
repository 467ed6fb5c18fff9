using System;
using System.Collections.Generic;

namespace Clems.Rules.Allocation;

/// The allocation problem in flat arrays, indices instead of objects: members 0..M-1, projects 0..P-1, interests
/// 0..I-1. Each interest has a key of <see cref="KeyWidth"/> longs (smaller is better, compared lexicographically;
/// the last column is the member's ordinal rank by id so that keys are total within a project).
internal sealed class AllocationInput
{
    internal AllocationInput(
        int[] capacity,
        int[] cap,
        int[] interestMember,
        int[] interestProject,
        bool[] eligible,
        int[] preferenceStart,
        int[] preferences,
        long[] keys,
        int keyWidth)
    {
        if (interestMember.Length != interestProject.Length || eligible.Length != interestMember.Length
            || keys.Length != interestMember.Length * keyWidth || preferenceStart.Length != cap.Length + 1
            || preferences.Length != preferenceStart[^1])
        {
            throw new ArgumentException("The allocation arrays do not agree in length.");
        }

        Capacity = capacity;
        Cap = cap;
        InterestMember = interestMember;
        InterestProject = interestProject;
        Eligible = eligible;
        PreferenceStart = preferenceStart;
        Preferences = preferences;
        Keys = keys;
        KeyWidth = keyWidth;
    }

    internal int MemberCount => Cap.Length;

    internal int ProjectCount => Capacity.Length;

    internal int InterestCount => InterestMember.Length;

    internal int[] Capacity { get; }

    /// How many places each member can take; int.MaxValue for no cap.
    internal int[] Cap { get; }

    internal int[] InterestMember { get; }

    internal int[] InterestProject { get; }

    internal bool[] Eligible { get; }

    /// Member m's interests, best first, are Preferences[PreferenceStart[m] .. PreferenceStart[m+1]).
    internal int[] PreferenceStart { get; }

    internal int[] Preferences { get; }

    internal long[] Keys { get; }

    internal int KeyWidth { get; }

    /// Negative when interest a ranks before interest b in their (common) project.
    internal int Compare(int a, int b)
    {
        var keys = Keys.AsSpan();
        var x = keys.Slice(a * KeyWidth, KeyWidth);
        var y = keys.Slice(b * KeyWidth, KeyWidth);
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i])
            {
                return x[i] < y[i] ? -1 : 1;
            }
        }

        return 0;
    }

    /// Whether interests a and b have the same key on its first <paramref name="columns"/> columns.
    internal bool TiesBefore(int a, int b, int columns)
    {
        var keys = Keys.AsSpan();
        return keys.Slice(a * KeyWidth, columns).SequenceEqual(keys.Slice(b * KeyWidth, columns));
    }

    /// The first key column on which interest a is worse than interest b, or -1 when it is not worse.
    internal int FirstLosingColumn(int a, int b)
    {
        for (var i = 0; i < KeyWidth; i++)
        {
            var x = Keys[(a * KeyWidth) + i];
            var y = Keys[(b * KeyWidth) + i];
            if (x != y)
            {
                return x > y ? i : -1;
            }
        }

        return -1;
    }
}

/// The result of a run: each interest's status, each full project's cutoff interest (-1 when not full), and the
/// refusals the lottery decided (recorded only when the run was asked to look for them), in the order they happened.
internal sealed record AllocationOutcome(InterestStatus[] Status, int[] Cutoff, IReadOnlyList<LotteryRefusal> LotteryRefusals);

/// A refusal decided by the lottery: the project refused interest <paramref name="Refused"/> while keeping
/// <paramref name="Kept"/> (then its worst kept proposal), and the two have the same key on every column before the lottery.
internal readonly record struct LotteryRefusal(int Refused, int Kept);
