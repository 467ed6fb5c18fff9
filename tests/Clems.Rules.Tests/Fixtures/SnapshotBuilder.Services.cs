using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Membership;
using Clems.Rules.Services;
using NodaTime;

namespace Clems.Rules.Tests.Fixtures;

/// The members' requests for the cluster's services (S1–S15).
internal sealed partial class SnapshotBuilder
{
    private readonly List<ServiceRequest> _serviceRequests = [];

    /// A request by <paramref name="by"/> made on 2026-02-10 unless <paramref name="on"/> says otherwise, with no
    /// participants and no opportunity unless given.
    public static ServiceRequest Request(string id, ClusterService service, string by, LocalDate? on = null, string[]? participants = null, string? opportunity = null) => new()
    {
        Id = new ServiceRequestId(id),
        Service = service,
        RequestedBy = new OrganizationId(by),
        RequestedOn = on ?? A.Date(2026, 2, 10),
        Participants = [.. (participants ?? []).Select(p => new OrganizationId(p))],
        Opportunity = opportunity,
    };

    public SnapshotBuilder With(params ServiceRequest[] requests)
    {
        _serviceRequests.AddRange(requests);
        return this;
    }
}
