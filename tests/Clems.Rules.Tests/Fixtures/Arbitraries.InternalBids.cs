using Clems.Rules.InternalBids;
using FsCheck;
using FsCheck.Fluent;

namespace Clems.Rules.Tests.Fixtures;

/// An internal bid's required expertise and interested members in an order FsCheck chose.
public static partial class Arbitraries
{
    private static Gen<InternalBid> Permuted(InternalBid b)
        => from required in Shuffled(b.RequiredExpertise)
           from interested in Shuffled(b.InterestedMembers)
           select new InternalBid(b.Id, b.Title, required, interested);
}
