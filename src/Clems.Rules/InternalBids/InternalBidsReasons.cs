using System;
using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.InternalBids;

/// The reason codes and sentences of the internal-bid rules (G14).
internal static class InternalBidsReasons
{
    /// Every reason code the InternalBids area emits.
    internal static class Codes
    {
        internal const string InterestedMembers = "G14.interested-members";
        internal const string ExpertiseCovered = "G14.expertise-covered";
        internal const string NoInterestedMember = "G14.no-interested-member";
        internal const string InterestedMembershipSuspended = "G14.interested-membership-suspended";
        internal const string InterestedMembershipNotStarted = "G14.interested-membership-not-started";
        internal const string InterestedMembershipEnded = "G14.interested-membership-ended";
        internal const string InterestedNeverAMember = "G14.interested-never-a-member";
        internal const string ExpertiseMissing = "G14.expertise-missing";
    }

    /// How many active members are interested in the bid.
    internal static Reason InterestedMembers(InternalBidFact bid, int active)
        => new(Codes.InterestedMembers, $"{Text.Count(active, "active member is", "active members are")} interested in internal bid {bid.Bid.Title} ({bid.Bid.Id}).");

    /// The interested active members that declare a required tag.
    internal static Reason ExpertiseCovered(string tag, IEnumerable<MemberStanding> declaredBy)
        => new(Codes.ExpertiseCovered, $"Expertise '{tag}' is declared by {Text.List([.. declaredBy.Select(m => $"{m.Organization.Name} ({m.Organization.Id})")])}.");

    internal static Reason NoInterestedMember(InternalBidFact bid)
        => new(Codes.NoInterestedMember, $"No active member is interested in internal bid {bid.Bid.Title} ({bid.Bid.Id}).");

    /// An interested organisation that is not an active member, so its expertise does not count.
    internal static Reason InterestedNotAMember(MemberStanding outsider)
        => new(
            InterestedCode(outsider.Kind),
            $"{outsider.Organization.Name} ({outsider.Organization.Id}) is interested but {outsider.Describe()} (as of {Text.Date(outsider.AsOf)}); its expertise does not count.");

    internal static Reason ExpertiseMissing(string tag)
        => new(Codes.ExpertiseMissing, $"The bid requires expertise '{tag}', which no interested active member declares.");

    private static string InterestedCode(StandingKind kind) => kind switch
    {
        StandingKind.Suspended => Codes.InterestedMembershipSuspended,
        StandingKind.NotYetStarted => Codes.InterestedMembershipNotStarted,
        StandingKind.Ended => Codes.InterestedMembershipEnded,
        StandingKind.NeverMember => Codes.InterestedNeverAMember,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An active member's expertise counts; only a non-member's standing has a G14 code."),
    };
}
