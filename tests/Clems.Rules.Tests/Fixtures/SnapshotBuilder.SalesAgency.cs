using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.SalesAgency;

namespace Clems.Rules.Tests.Fixtures;

/// The requests for CLEMS to act as sales agent (G13).
internal sealed partial class SnapshotBuilder
{
    private readonly List<SalesAgencyRequest> _salesAgencyRequests = [];

    /// A request by <paramref name="by"/> that CLEMS sell what <paramref name="initiative"/> produces.
    public static SalesAgencyRequest SaleOfInitiative(string id, string by, string initiative)
        => new(new SalesAgencyRequestId(id), new OrganizationId(by), SalesAgencyItem.ForInitiative(new InitiativeId(initiative)));

    /// A request by <paramref name="by"/> that CLEMS sell a product, naming who initiated and who funds it.
    public static SalesAgencyRequest SaleOfProduct(string id, string by, string product, string[] initiators, string[] funders)
        => new(new SalesAgencyRequestId(id), new OrganizationId(by), SalesAgencyItem.ForProduct(product, initiators.Select(o => new OrganizationId(o)), funders.Select(o => new OrganizationId(o))));

    public SnapshotBuilder With(params SalesAgencyRequest[] requests)
    {
        _salesAgencyRequests.AddRange(requests);
        return this;
    }
}
