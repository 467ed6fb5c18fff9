using System.Collections.Immutable;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Services;

/// <summary>A member's request for one of the cluster's services (S1–S15).</summary>
/// <remarks>
/// Only active members may request a service (G10). <see cref="Participants"/> is for S1 (a project management office
/// needs at least two participating organisations); <see cref="Opportunity"/> is for S4 (an application for public
/// funds names the opportunity, whose cluster-route decision, G15, has the subject id <c>organisation/opportunity</c>).
/// The snapshot validator refuses participants on other services and an opportunity on other services than S4, and
/// requires one on S4.
/// </remarks>
public sealed class ServiceRequest
{
    private readonly ImmutableArray<OrganizationId> _participants = [];
    private readonly string? _opportunity;

    /// <summary>The identifier, unique across the snapshot.</summary>
    public required ServiceRequestId Id { get; init; }

    /// <summary>The service requested.</summary>
    public required ClusterService Service { get; init; }

    /// <summary>The requesting organisation (G10: an active member).</summary>
    public required OrganizationId RequestedBy { get; init; }

    /// <summary>The date of the request; the requester must be an active member on it and on the as-of date.</summary>
    public required LocalDate RequestedOn { get; init; }

    /// <summary>The organisations taking part in the project the office would manage (S1); empty for other services.</summary>
    /// <value>Empty by default.</value>
    public ImmutableArray<OrganizationId> Participants { get => _participants; init => _participants = Preconditions.CheckItems(value); }

    /// <summary>The id of the funding opportunity an S4 application is for; <see langword="null"/> for other services.</summary>
    /// <exception cref="System.ArgumentException">The id is empty, longer than 200 characters or padded with white space.</exception>
    public string? Opportunity { get => _opportunity; init => _opportunity = value is null ? null : Identifier.Check(value, "opportunity id"); }
}
