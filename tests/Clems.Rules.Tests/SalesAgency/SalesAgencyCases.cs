using Clems.Rules.Tests.Fixtures;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.SalesAgency;

/// The requests both sales-agency rule tests decide (G13), each request sa-1 by org-a, an active member.
internal static class SalesAgencyCases
{
    /// For initiative i-1, which org-a initiated and funds in full.
    public static SnapshotBuilder MemberInitiative() => A.Snapshot().With(A.Member("org-a"))
        .With(An.Initiative("i-1").By("org-a"))
        .With(SaleOfInitiative("sa-1", "org-a", "i-1"));

    /// For a product initiated by org-a and org-x (never a member) and funded by org-y (a member until 2026-02-28).
    public static SnapshotBuilder ProductOfNonMembers() => A.Snapshot()
        .With(A.Member("org-a"), A.NonMember("org-x"), A.Organization("org-y").MemberBetween(Dates.Joined, A.Date(2026, 2, 28)))
        .With(SaleOfProduct("sa-1", "org-a", "Filter", ["org-a", "org-x"], ["org-y"]));
}
