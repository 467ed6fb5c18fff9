using System.Collections.Generic;
using System.Linq;
using Clems.Rules.InternalBids;
using Clems.Rules.Membership;

namespace Clems.Rules.Tests.Fixtures;

/// The internal bids that need members' expertise (G14); the expertise is declared with <see cref="OrganizationBuilder.WithExpertise"/>.
internal sealed partial class SnapshotBuilder
{
    private readonly List<InternalBid> _internalBids = [];

    /// A bid requiring <paramref name="expertise"/>, which <paramref name="interested"/> want to take part in.
    public static InternalBid Bid(string id, string title, string[] expertise, params string[] interested)
        => new(new InternalBidId(id), title, expertise, interested.Select(o => new OrganizationId(o)));

    public SnapshotBuilder With(params InternalBid[] bids)
    {
        _internalBids.AddRange(bids);
        return this;
    }
}
