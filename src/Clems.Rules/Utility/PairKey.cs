using System.Collections.Generic;

namespace Clems.Rules.Utility;

/// A pair of small non-negative numbers (two positions, such as a project's and a member's) packed into one long, with
/// a hash that mixes both halves: <see cref="long.GetHashCode"/> folds the halves with XOR, so pairs of small numbers
/// would collide in masses ((3, 5) and (0, 6) hash alike). Sets and dictionaries of pairs use <see cref="Comparer"/>.
internal static class PairKey
{
    /// The equality of packed pairs, with the mixing hash.
    internal static readonly IEqualityComparer<long> Comparer = new MixingComparer();

    /// Packs (<paramref name="high"/>, <paramref name="low"/>); the packed keys order like the pairs.
    internal static long Of(int high, int low) => ((long)high << 32) | (uint)low;

    private sealed class MixingComparer : IEqualityComparer<long>
    {
        public bool Equals(long x, long y) => x == y;

        // Fibonacci hashing: multiply by 2^64 / golden ratio and keep the high bits, where every input bit has mixed.
        public int GetHashCode(long key) => (int)((ulong)(key * -7046029254386353131L) >> 32);
    }
}
