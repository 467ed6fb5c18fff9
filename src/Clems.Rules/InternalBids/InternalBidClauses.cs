using System.Linq;

namespace Clems.Rules.InternalBids;

/// The tests of G14's internal bids — "CLEMS should be able to bid on certain projects internally, which requires the
/// expertise of the members of the cluster" — each named for what the clause asks; the rules' conditions call them.
internal static class InternalBidClauses
{
    /// G14: at least one interested organisation is an active member (only members' expertise counts).
    internal static bool HasInterestedMember(InternalBidFact b) => b.Interested.Any(i => i.IsActive);

    /// G14: the declared expertise of the interested active members covers every tag the bid requires
    /// (<see cref="InternalBidFact.Missing"/> holds the tags none of them declares).
    internal static bool ExpertiseCovered(InternalBidFact b) => b.Missing.IsEmpty;
}
