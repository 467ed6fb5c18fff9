using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.WorkingGroups;

/// The cluster both proposal rule tests use (G5): working group wg-1 of org-a, org-b and org-c (Gamma, whose membership
/// ended on 2025-12-31), and org-x (Xeno), an active member outside the group.
internal static class ProposalCases
{
    public static SnapshotBuilder Cluster() => A.Snapshot()
        .With(A.Member("org-a"), A.Member("org-b"), A.Organization("org-c").Named("Gamma").MemberBetween(Dates.Joined, A.Date(2025, 12, 31)), A.Member("org-x").Named("Xeno"))
        .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"));
}
