using System.Collections.Generic;
using Clems.Rules.InternalBids;

namespace Clems.Rules.Tests.Fixtures;

/// The internal bids that need members' expertise (G14); the expertise is declared with <see cref="OrganizationBuilder.WithExpertise"/>.
internal sealed partial class SnapshotBuilder
{
    private readonly List<InternalBid> _internalBids = [];

    public SnapshotBuilder With(params InternalBid[] bids)
    {
        _internalBids.AddRange(bids);
        return this;
    }
}
