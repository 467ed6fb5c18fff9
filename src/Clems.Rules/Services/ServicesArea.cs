using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Membership;

namespace Clems.Rules.Services;

/// The members' requests for the cluster's services (S1–S15): participants only on S1, an opportunity only and always
/// on S4; one fact per request with the requester's standing on the as-of date and on the request date.
internal sealed class ServicesArea : GovernanceArea
{
    /// <c>$.serviceRequests</c>.
    internal static readonly IdentifiedArray Requests = IdentifiedArray.Of("service request", "$.serviceRequests", s => s.ServiceRequests, r => r.Id.Value);

    internal override string Name => "Services";

    internal override ImmutableArray<IdentifiedArray> Identities => [Requests];

    internal override ImmutableArray<AreaProduct> Consumes => [MembershipArea.Standings, MembershipArea.StandingsOn];

    internal override void Validate(ValidationScope scope)
    {
        var snapshot = scope.Snapshot;
        for (var i = 0; i < snapshot.ServiceRequests.Length; i++)
        {
            var request = snapshot.ServiceRequests[i];
            var at = new ItemPath("$.serviceRequests", i);
            scope.CheckReference(MembershipArea.Organizations, request.RequestedBy.Value, at.Then(".requestedBy"));
            if (request.Service == ClusterService.S1ProjectManagementOffice)
            {
                scope.CheckReferences(MembershipArea.Organizations, request.Participants, o => o.Value, k => at.Then(".participants", k));
            }
            else if (!request.Participants.IsEmpty)
            {
                scope.Add(at.Then(".participants"), ServicesProblems.ParticipantsOutsideS1, "Only S1 (project management office) requests list participating organisations; remove them or request S1.");
            }

            if (request.Service == ClusterService.S4PublicFundApplications && request.Opportunity is null)
            {
                scope.Add(at.Then(".opportunity"), ServicesProblems.MissingOpportunity, "An S4 request (an application for public funds) names the opportunity it is for; add its id.");
            }
            else if (request.Service != ClusterService.S4PublicFundApplications && request.Opportunity is not null)
            {
                scope.Add(at.Then(".opportunity"), ServicesProblems.OpportunityOutsideS4, $"Only S4 requests (applications for public funds) name an opportunity; remove '{request.Opportunity}' or request S4.");
            }
        }
    }

    internal override void Project(ProjectionScope scope)
    {
        var snapshot = scope.Snapshot;
        if (snapshot.ServiceRequests.IsEmpty)
        {
            return;
        }

        var standings = scope.Get(MembershipArea.Standings);
        var standingsOn = scope.Get(MembershipArea.StandingsOn);
        foreach (var request in snapshot.ServiceRequests.OrderBy(r => r.Id))
        {
            var standing = standings[request.RequestedBy];
            var whenRequested = standingsOn.On(request.RequestedBy, request.RequestedOn);
            scope.Facts.Add(new ServiceRequestFact
            {
                Request = request,
                Subject = DecisionSubject.ServiceRequest(request.Id),
                Standing = standing,
                StandingWhenRequested = whenRequested,
                ProjectOrganizations = [.. request.Participants.Append(request.RequestedBy).Distinct().Order().Select(o => standings[o].Organization)],
                ClusterRoute = request.Opportunity is { } opportunity
                    ? DecisionSubject.ClusterRoute(request.RequestedBy, new ClusterRoutes.OpportunityId(opportunity))
                    : null,
            });
        }
    }
}
