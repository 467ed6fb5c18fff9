using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using Clems.Rules.Services;

namespace Clems.Rules.Engine;

internal static partial class FactProjection
{
    /// One fact per service request (S1–S15) and per advertising item (S14), in id order. An item's approvals are
    /// resolved here (approvals grouped by item id once), so no rule joins items with approvals.
    private static void ProjectServices(ProjectionScope scope)
    {
        var snapshot = scope.Snapshot;
        if (!snapshot.ServiceRequests.IsEmpty)
        {
            var terms = snapshot.Memberships.ToLookup(t => t.Organization);
            foreach (var request in snapshot.ServiceRequests.OrderBy(r => r.Id))
            {
                var standing = scope.Standings[request.RequestedBy];
                var whenRequested = request.RequestedOn == scope.Context.AsOf
                    ? standing
                    : MemberStanding.Resolve(standing.Organization, [.. terms[request.RequestedBy]], request.RequestedOn);
                scope.Facts.Add(new ServiceRequestFact
                {
                    Request = request,
                    Subject = new DecisionSubject(SubjectKind.ServiceRequest, request.Id.Value),
                    Standing = standing,
                    StandingWhenRequested = whenRequested,
                    ProjectOrganizations = [.. request.Participants.Append(request.RequestedBy).Distinct().Order().Select(o => scope.Standings[o].Organization)],
                    ClusterRoute = request.Opportunity is { } opportunity
                        ? new DecisionSubject(SubjectKind.ClusterRoute, request.RequestedBy.Value + "/" + opportunity)
                        : null,
                });
            }
        }

        var approvals = snapshot.AdvertisingApprovals.ToLookup(a => a.Item);
        foreach (var item in snapshot.AdvertisingItems.OrderBy(i => i.Id))
        {
            var sha = item.ContentSha256;
            var date = item.PublishAt.InZone(ClusterTime.Zone).Date;
            scope.Facts.Add(new AdvertisingItemFact
            {
                Item = item,
                Subject = new DecisionSubject(SubjectKind.AdvertisingItem, item.Id.Value),
                Standing = scope.Standings[item.Member],
                ContentSha256 = sha,
                PublicationDate = date,
                Approvals = [.. approvals[item.Id].OrderBy(a => a.Id).Select(a => new ApprovalCheck(a, item, sha, date))],
            });
        }
    }
}
