using System.Collections.Immutable;

namespace Clems.Rules.Scenarios.Format;

/// The document's top-level arrays, in the order they are read, reported and written. The reader's allowed fields,
/// the snapshot it builds and the writer's output all follow this list; an area adds its arrays here.
internal static class ScenarioArrays
{
    internal static readonly ImmutableArray<ScenarioArray> All =
    [
        MembershipFormat.Organizations,
        MembershipFormat.Memberships,
        WorkingGroupsFormat.WorkingGroups,
        InitiativesFormat.Initiatives,
        FrameworkFormat.Frameworks,
        AllocationFormat.Projects,
        AllocationFormat.Interests,
        AllocationFormat.Commitments,
        AllocationFormat.MemberPreferences,
        SalesAgencyFormat.SalesAgencyRequests,
        InternalBidsFormat.InternalBids,
        ClusterRoutesFormat.Opportunities,
        ClusterRoutesFormat.ClusterRouteRequests,
        WorkingGroupsFormat.WorkingGroupProposals,
        ConfidentialityFormat.ConfidentialityAgreements,
        ServicesFormat.ServiceRequests,
        AdvertisingFormat.AdvertisingItems,
        AdvertisingFormat.AdvertisingApprovals,
        TendersFormat.TenderProfiles,
        TendersFormat.Tenders,
    ];
}
