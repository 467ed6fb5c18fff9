using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.SalesAgency;

/// <summary>A request for CLEMS to act as sales agent for a project, product or service (G13).</summary>
public sealed class SalesAgencyRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="id">The identifier, unique across the snapshot.</param>
    /// <param name="requestedBy">The organisation that asks.</param>
    /// <param name="item">What CLEMS would sell.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="item"/> is null.</exception>
    public SalesAgencyRequest(SalesAgencyRequestId id, OrganizationId requestedBy, SalesAgencyItem item)
    {
        Id = id;
        RequestedBy = requestedBy;
        Item = Preconditions.CheckNotNull(item);
    }

    /// <summary>The identifier.</summary>
    public SalesAgencyRequestId Id { get; }

    /// <summary>The organisation that asks.</summary>
    public OrganizationId RequestedBy { get; }

    /// <summary>What CLEMS would sell.</summary>
    public SalesAgencyItem Item { get; }
}
