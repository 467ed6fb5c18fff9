using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;

namespace Clems.Rules.Services;

/// A service request as the rules see it: the requester's standing resolved on the request date and on the as-of date,
/// the participating organisations resolved (S1), and the cluster-route subject an S4 request points to (G15).
internal sealed class ServiceRequestFact : IFactSource
{
    public required ServiceRequest Request { get; init; }

    public required DecisionSubject Subject { get; init; }

    /// The requester's standing on the date of the request.
    public required MemberStanding StandingWhenRequested { get; init; }

    /// The requester's standing on the as-of date.
    public required MemberStanding Standing { get; init; }

    /// The distinct organisations of an S1 project: the requester and the listed participants, ordered by id.
    public required ImmutableArray<Organization> ProjectOrganizations { get; init; }

    /// For S4: the subject of the cluster-route decision (G15) for the requester and the opportunity.
    public DecisionSubject? ClusterRoute { get; init; }

    public IEnumerable<FactReference> References
    {
        get
        {
            yield return new FactReference(FactKind.ServiceRequest, Request.Id.Value);
            foreach (var reference in Standing.References)
            {
                yield return reference;
            }

            foreach (var reference in StandingWhenRequested.References)
            {
                yield return reference;
            }
        }
    }
}
