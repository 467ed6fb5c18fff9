using System.Collections.Generic;
using Clems.Rules.SalesAgency;

namespace Clems.Rules.Tests.Fixtures;

/// The requests for CLEMS to act as sales agent (G13).
internal sealed partial class SnapshotBuilder
{
    private readonly List<SalesAgencyRequest> _salesAgencyRequests = [];

    public SnapshotBuilder With(params SalesAgencyRequest[] requests)
    {
        _salesAgencyRequests.AddRange(requests);
        return this;
    }
}
