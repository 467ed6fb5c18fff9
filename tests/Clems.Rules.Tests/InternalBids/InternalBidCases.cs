using Clems.Rules.InternalBids;
using Clems.Rules.Tests.Fixtures;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.InternalBids;

/// The bids both internal-bid rule tests decide (G14): bid-1 requires sludge and soil expertise, and org-a (sludge) and
/// org-b (soil) are interested.
internal static class InternalBidCases
{
    /// Both are active members: the expertise is covered exactly.
    public static SnapshotBuilder CoveredExactly()
        => A.Snapshot().With(A.Member("org-a").WithExpertise("sludge"), A.Member("org-b").WithExpertise("soil"))
            .With(Remediation());

    /// org-b's membership ended on 2026-02-28: only a former member declares soil.
    public static SnapshotBuilder SoilOnlyFromLapsedMember()
        => A.Snapshot().With(A.Member("org-a").WithExpertise("sludge"), A.Organization("org-b").MemberBetween(Dates.Joined, A.Date(2026, 2, 28)).WithExpertise("soil"))
            .With(Remediation());

    private static InternalBid Remediation() => Bid("bid-1", "Remediation", ["sludge", "soil"], "org-a", "org-b");
}
