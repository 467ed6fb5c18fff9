using System;
using System.Collections.Generic;

namespace Clems.Rules.Allocation;

/// Member-proposing deferred acceptance with member caps (G8, G16; design.md "Allocation").
/// Each member proposes to its projects in its own preference order, holding at most <c>cap</c> places at a time;
/// each project keeps the best <c>capacity</c> proposals by key and rejects the rest; a rejected member proposes to
/// its next project. With caps that never bind this equals per-project ranked greedy; a project's cutoff only rises.
/// Plain arrays and integer keys: no floating point, no hashing, linear memory.
/// Given <c>tieColumns</c> (without a published seed), it also records every refusal the lottery would have to decide:
/// one comparison of key prefixes per refusal (docs/allocation.md, "Edge cases").
internal static class DeferredAcceptance
{
    /// Runs deferred acceptance. With <paramref name="tieColumns"/> (project → the number of key columns before the
    /// lottery), every refusal by comparison whose refused proposal ties with the worst proposal the project keeps on
    /// all those columns is recorded in <see cref="AllocationOutcome.LotteryRefusals"/>: that refusal was decided by the
    /// lottery column (or, without a seed, by the member ordinal after it). Refusals for want of any place are not
    /// comparisons and are never recorded.
    internal static AllocationOutcome Run(AllocationInput input, int[]? tieColumns = null)
    {
        var lotteryRefusals = new List<LotteryRefusal>();
        var interests = input.InterestCount;
        var status = new InterestStatus[interests];
        var heldCount = new int[input.MemberCount];
        var nextChoice = new int[input.MemberCount];
        var heaps = new WorstFirstHeap[input.ProjectCount];
        for (var p = 0; p < heaps.Length; p++)
        {
            heaps[p] = new WorstFirstHeap(input, input.Capacity[p]);
        }

        // Members with proposals still to make; each is processed until it holds its cap or runs out of choices.
        var pending = new Stack<int>(input.MemberCount);
        for (var m = input.MemberCount - 1; m >= 0; m--)
        {
            pending.Push(m);
        }

        while (pending.Count > 0)
        {
            var member = pending.Pop();
            var start = input.PreferenceStart[member];
            var end = input.PreferenceStart[member + 1];
            while (heldCount[member] < input.Cap[member] && start + nextChoice[member] < end)
            {
                var interest = input.Preferences[start + nextChoice[member]];
                nextChoice[member]++;
                if (!input.Eligible[interest])
                {
                    status[interest] = InterestStatus.Ineligible;
                    continue;
                }

                var heap = heaps[input.InterestProject[interest]];
                if (heap.Capacity == 0)
                {
                    status[interest] = InterestStatus.Rejected;
                    continue;
                }

                if (heap.Count < heap.Capacity)
                {
                    heap.Push(interest);
                    status[interest] = InterestStatus.Held;
                    heldCount[member]++;
                    continue;
                }

                var worst = heap.Peek();
                if (input.Compare(interest, worst) < 0)
                {
                    heap.ReplaceTop(interest);
                    status[interest] = InterestStatus.Held;
                    heldCount[member]++;
                    status[worst] = InterestStatus.Rejected;
                    // The worst kept proposal is now the heap's top: if the refused one ties with it before the
                    // lottery, every kept proposal it ties with is at least as good, so one comparison tells.
                    if (tieColumns is not null && input.TiesBefore(worst, heap.Peek(), tieColumns[input.InterestProject[interest]]))
                    {
                        lotteryRefusals.Add(new LotteryRefusal(worst, heap.Peek()));
                    }

                    var loser = input.InterestMember[worst];
                    heldCount[loser]--;
                    if (loser != member)
                    {
                        pending.Push(loser);
                    }
                }
                else
                {
                    status[interest] = InterestStatus.Rejected;
                    if (tieColumns is not null && input.TiesBefore(interest, worst, tieColumns[input.InterestProject[interest]]))
                    {
                        lotteryRefusals.Add(new LotteryRefusal(interest, worst));
                    }
                }
            }

            // Whatever this member never proposed to stays NotReached (its cap is full) unless ineligible.
        }

        for (var m = 0; m < input.MemberCount; m++)
        {
            for (var k = input.PreferenceStart[m] + nextChoice[m]; k < input.PreferenceStart[m + 1]; k++)
            {
                var interest = input.Preferences[k];
                status[interest] = input.Eligible[interest] ? InterestStatus.NotReached : InterestStatus.Ineligible;
            }
        }

        var cutoffs = new int[input.ProjectCount];
        for (var p = 0; p < heaps.Length; p++)
        {
            cutoffs[p] = heaps[p].Count == heaps[p].Capacity && heaps[p].Count > 0 ? heaps[p].Peek() : -1;
        }

        return new AllocationOutcome(status, cutoffs, lotteryRefusals);
    }

    /// A binary heap of interest indices with the worst key on top.
    private sealed class WorstFirstHeap
    {
        private readonly AllocationInput _input;
        private readonly int[] _items;

        internal WorstFirstHeap(AllocationInput input, int capacity)
        {
            _input = input;
            Capacity = capacity;
            _items = capacity == 0 ? [] : new int[Math.Min(capacity, input.InterestCount)];
        }

        internal int Capacity { get; }

        internal int Count { get; private set; }

        internal int Peek() => _items[0];

        internal void Push(int interest)
        {
            var i = Count++;
            _items[i] = interest;
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (_input.Compare(_items[i], _items[parent]) <= 0)
                {
                    break;
                }

                (_items[i], _items[parent]) = (_items[parent], _items[i]);
                i = parent;
            }
        }

        internal void ReplaceTop(int interest)
        {
            _items[0] = interest;
            var i = 0;
            while (true)
            {
                var left = (2 * i) + 1;
                if (left >= Count)
                {
                    return;
                }

                var right = left + 1;
                var worse = right < Count && _input.Compare(_items[right], _items[left]) > 0 ? right : left;
                if (_input.Compare(_items[worse], _items[i]) <= 0)
                {
                    return;
                }

                (_items[i], _items[worse]) = (_items[worse], _items[i]);
                i = worse;
            }
        }
    }
}
