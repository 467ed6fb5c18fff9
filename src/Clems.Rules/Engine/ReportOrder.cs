using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Decisions;

namespace Clems.Rules.Engine;

/// The order of a report's decisions, whatever the order the rules fired in.
internal static class ReportOrder
{
    /// The report's order: subject kind, subject id (ordinal), rule id (ordinal), outcome. Decisions are bucketed by
    /// kind, each bucket sorted on its ids with the ordinal string comparer (the fast path for a million subjects), then
    /// the few decisions that share a subject ordered by rule and outcome.
    internal static ImmutableArray<Decision> Sort(IReadOnlyList<Decision> decisions)
    {
        var buckets = new List<Decision>[Enum.GetValues<SubjectKind>().Length];
        foreach (var decision in decisions)
        {
            (buckets[(int)decision.Subject.Kind] ??= []).Add(decision);
        }

        var ordered = ImmutableArray.CreateBuilder<Decision>(decisions.Count);
        foreach (var bucket in buckets)
        {
            if (bucket is null)
            {
                continue;
            }

            var (ids, items) = SortedById(bucket);
            for (var start = 0; start < items.Length;)
            {
                var end = start + 1;
                while (end < items.Length && string.Equals(ids[end], ids[start], StringComparison.Ordinal))
                {
                    end++;
                }

                if (end - start > 1)
                {
                    Array.Sort(items, start, end - start, SameSubjectOrder.Instance);
                }

                start = end;
            }

            ordered.AddRange(items);
        }

        return ordered.MoveToImmutable();
    }

    /// A bucket sorted by subject id, ordinal (decisions that share a subject are ordered afterwards). A large bucket
    /// (the interests at scale) is sorted as two halves in parallel and merged.
    private static (string[] Ids, Decision[] Items) SortedById(List<Decision> bucket)
    {
        var items = bucket.ToArray();
        var ids = Array.ConvertAll(items, d => d.Subject.Id);
        if (items.Length < 50_000)
        {
            Array.Sort(ids, items, StringComparer.Ordinal);
            return (ids, items);
        }

        var half = items.Length / 2;
        System.Threading.Tasks.Parallel.Invoke(
            () => Array.Sort(ids, items, 0, half, StringComparer.Ordinal),
            () => Array.Sort(ids, items, half, items.Length - half, StringComparer.Ordinal));
        var mergedIds = new string[ids.Length];
        var merged = new Decision[items.Length];
        int a = 0, b = half;
        for (var k = 0; k < merged.Length; k++)
        {
            var fromFirst = b == items.Length || (a < half && string.CompareOrdinal(ids[a], ids[b]) <= 0);
            var from = fromFirst ? a++ : b++;
            mergedIds[k] = ids[from];
            merged[k] = items[from];
        }

        return (mergedIds, merged);
    }

    private sealed class SameSubjectOrder : IComparer<Decision>
    {
        public static readonly SameSubjectOrder Instance = new();

        public int Compare(Decision? x, Decision? y)
        {
            var order = string.CompareOrdinal(x!.RuleId, y!.RuleId);
            return order != 0 ? order : x.Outcome.CompareTo(y.Outcome);
        }
    }
}
