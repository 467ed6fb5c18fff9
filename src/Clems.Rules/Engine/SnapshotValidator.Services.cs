using Clems.Rules.Services;
using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

internal static partial class SnapshotValidator
{
    /// Service requests (S1–S15) and advertising items and approvals (S14).
    private static void ValidateServices(ValidationScope scope)
    {
        var snapshot = scope.Snapshot;
        UniqueIds(scope, snapshot.ServiceRequests, r => r.Id.Value, "$.serviceRequests", "service request");
        for (var i = 0; i < snapshot.ServiceRequests.Length; i++)
        {
            var request = snapshot.ServiceRequests[i];
            var at = new ItemPath("$.serviceRequests", i);
            CheckOrganization(scope, request.RequestedBy.Value, at.Then(".requestedBy"));
            if (request.Service == ClusterService.S1ProjectManagementOffice)
            {
                CheckOrganizations(scope.Problems, request.Participants, scope.Organizations, k => $"{at}.participants[{k}]");
            }
            else if (!request.Participants.IsEmpty)
            {
                scope.Problems.Add(new(at.Then(".participants").ToString(), "Only S1 (project management office) requests list participating organisations; remove them or request S1."));
            }

            if (request.Service == ClusterService.S4PublicFundApplications && request.Opportunity is null)
            {
                scope.Problems.Add(new(at.Then(".opportunity").ToString(), "An S4 request (an application for public funds) names the opportunity it is for; add its id."));
            }
            else if (request.Service != ClusterService.S4PublicFundApplications && request.Opportunity is not null)
            {
                scope.Problems.Add(new(at.Then(".opportunity").ToString(), $"Only S4 requests (applications for public funds) name an opportunity; remove '{request.Opportunity}' or request S4."));
            }
        }

        var items = UniqueIds(scope, snapshot.AdvertisingItems, x => x.Id.Value, "$.advertisingItems", "advertising item");
        for (var i = 0; i < snapshot.AdvertisingItems.Length; i++)
        {
            CheckOrganization(scope, snapshot.AdvertisingItems[i].Member.Value, Text.Inv($"$.advertisingItems[{i}].member"));
        }

        UniqueIds(scope, snapshot.AdvertisingApprovals, a => a.Id.Value, "$.advertisingApprovals", "advertising approval");
        for (var i = 0; i < snapshot.AdvertisingApprovals.Length; i++)
        {
            var approval = snapshot.AdvertisingApprovals[i];
            var at = new ItemPath("$.advertisingApprovals", i);
            if (!items.ContainsKey(approval.Item.Value))
            {
                scope.Problems.Add(new(at.Then(".item").ToString(), Dangling("advertising item", approval.Item.Value, "$.advertisingItems")));
            }

            if (approval.ValidTo < approval.ValidFrom)
            {
                scope.Problems.Add(new(
                    at.Then(".validTo").ToString(),
                    $"The approval is valid to {Text.Date(approval.ValidTo)}, before it is valid from {Text.Date(approval.ValidFrom)}; fix the dates."));
            }
        }
    }
}
