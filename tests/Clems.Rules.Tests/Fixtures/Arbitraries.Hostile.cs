using System;
using System.Linq;
using Clems.Rules.Tests.Hostile;
using FsCheck;
using FsCheck.Fluent;

namespace Clems.Rules.Tests.Fixtures;

/// Hostile documents: one to three mutations of the bundled example, every kind equally likely.
public static partial class Arbitraries
{
    public static Arbitrary<HostileDocument> HostileDocuments() => Arb.From(MutatedExample());

    private static Gen<Mutation> AnyMutation()
        => from kind in Gen.Elements(Enum.GetValues<MutationKind>())
           from at in Gen.Choose(0, int.MaxValue)
           from how in Gen.Choose(0, int.MaxValue)
           select new Mutation(kind, at, how);

    private static Gen<HostileDocument> MutatedExample()
        => from count in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
           from mutations in AnyMutation().ArrayOf(count)
           select new HostileDocument([.. mutations]);
}
