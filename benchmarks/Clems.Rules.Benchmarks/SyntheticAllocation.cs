using System.Collections.Generic;
using Clems.Rules.Allocation;

namespace Clems.Rules.Benchmarks;

/// A deterministic synthetic allocation problem: project popularity follows a skewed (power-law) distribution, each
/// member shows interest in distinct projects, a third of the interests come with a preparation commitment, and keys
/// are (preparation tier, committed-amount rank, lottery ticket, member ordinal).
internal static class SyntheticAllocation
{
    internal static AllocationInput Create(int members, int projects, int interestsPerMember, bool bindingCaps, ulong seed)
    {
        var random = new XorShift(seed);
        var interestCount = members * interestsPerMember;
        var interestMember = new int[interestCount];
        var interestProject = new int[interestCount];
        var eligible = new bool[interestCount];
        var preferenceStart = new int[members + 1];
        var preferences = new int[interestCount];
        const int width = 4;
        var keys = new long[interestCount * width];
        var chosen = new HashSet<int>();
        var next = 0;
        for (var m = 0; m < members; m++)
        {
            preferenceStart[m] = next;
            chosen.Clear();
            while (chosen.Count < interestsPerMember)
            {
                // Skewed popularity: squaring a uniform draw favours the low project numbers.
                var u = random.NextDouble();
                var project = (int)(u * u * projects);
                if (!chosen.Add(project))
                {
                    continue;
                }

                interestMember[next] = m;
                interestProject[next] = project;
                eligible[next] = random.Next(100) >= 5;
                keys[(next * width) + 0] = random.Next(3) == 0 ? 0 : 1;
                keys[(next * width) + 1] = random.Next(50);
                keys[(next * width) + 2] = (long)random.NextUInt64();
                keys[(next * width) + 3] = m;
                preferences[next] = next;
                next++;
            }
        }

        preferenceStart[members] = next;
        var capacity = new int[projects];
        for (var p = 0; p < projects; p++)
        {
            capacity[p] = 5 + random.Next(40);
        }

        var cap = new int[members];
        for (var m = 0; m < members; m++)
        {
            cap[m] = bindingCaps ? 1 + random.Next(3) : int.MaxValue;
        }

        return new AllocationInput(capacity, cap, interestMember, interestProject, eligible, preferenceStart, preferences, keys, width);
    }

    /// xorshift64*: a tiny deterministic generator, so the benchmark input is the same on every machine and runtime.
    private sealed class XorShift(ulong seed)
    {
        private ulong _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

        public ulong NextUInt64()
        {
            _state ^= _state >> 12;
            _state ^= _state << 25;
            _state ^= _state >> 27;
            return _state * 0x2545F4914F6CDD1DUL;
        }

        public int Next(int bound) => (int)(NextUInt64() % (ulong)bound);

        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
    }
}
