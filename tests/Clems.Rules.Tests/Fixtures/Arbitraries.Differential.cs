using Clems.Rules.Tests.Differential;
using FsCheck;
using FsCheck.Fluent;

namespace Clems.Rules.Tests.Fixtures;

/// The differential tests' random valid snapshots: a seed for <see cref="RandomSnapshots"/> and a pick among the
/// snapshot's interesting dates.
public static partial class Arbitraries
{
    public static Arbitrary<RandomSnapshot> RandomValidSnapshots()
        => Arb.From(
            from seed in Gen.Choose(0, int.MaxValue)
            from pick in Gen.Choose(0, int.MaxValue)
            select RandomSnapshots.Valid(seed, pick));
}
