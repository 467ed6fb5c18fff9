using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace Clems.Rules.Tests.Hostile;

/// Hostile documents: one to three mutations of the bundled example, every kind equally likely.
public static class HostileArbitraries
{
    public static Arbitrary<HostileDocument> Documents() => Arb.From(Document());

    internal static Gen<Mutation> Mutation()
        => from kind in Gen.Elements(Enum.GetValues<MutationKind>())
           from at in Gen.Choose(0, int.MaxValue)
           from how in Gen.Choose(0, int.MaxValue)
           select new Mutation(kind, at, how);

    internal static Gen<HostileDocument> Document()
        => from count in Gen.Frequency((6, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
           from mutations in Mutation().ArrayOf(count)
           select new HostileDocument([.. mutations]);
}
