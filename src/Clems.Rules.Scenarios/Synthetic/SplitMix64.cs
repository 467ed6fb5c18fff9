using System;

namespace Clems.Rules.Scenarios.Synthetic;

/// SplitMix64 (Steele, Lea and Flood): a tiny generator whose sequence is fixed by its seed on every machine and
/// runtime, unlike System.Random, which the library bans. Bounded draws use the high half of a 128-bit product
/// (Lemire), so there is no floating point anywhere.
internal sealed class SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// A value in [0, bound); 0 when the bound is 0 or less.
    public int Next(int bound) => bound <= 0 ? 0 : (int)Math.BigMul(NextUInt64(), (ulong)bound, out _);

    /// A value in [min, maxExclusive).
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    /// A value in [0, bound); 0 when the bound is 0 or less.
    public long NextInt64(long bound) => bound <= 0 ? 0 : (long)Math.BigMul(NextUInt64(), (ulong)bound, out _);

    /// True with the given chance in percent.
    public bool Chance(int percent) => Next(100) < percent;

    /// Shuffles the first <paramref name="count"/> items into a uniformly random order (Fisher–Yates).
    public void Shuffle<T>(T[] items, int count)
    {
        for (var i = count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
