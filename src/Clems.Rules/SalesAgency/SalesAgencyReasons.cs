using System;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.SalesAgency;

/// The reason codes and sentences of the sales-agency rules (G13).
internal static class SalesAgencyReasons
{
    /// Every reason code the SalesAgency area emits.
    internal static class Codes
    {
        internal const string InitiatedByMembers = "G13.initiated-by-members";
        internal const string FundedByMembers = "G13.funded-by-members";
        internal const string RequestedBy = "G13.requested-by";
        internal const string NoInitiator = "G13.no-initiator";
        internal const string InitiatorMembershipSuspended = "G13.initiator-membership-suspended";
        internal const string InitiatorMembershipNotStarted = "G13.initiator-membership-not-started";
        internal const string InitiatorMembershipEnded = "G13.initiator-membership-ended";
        internal const string InitiatorNeverAMember = "G13.initiator-never-a-member";
        internal const string NoMemberFunding = "G13.no-member-funding";
    }

    /// The reasons of an approved request: who initiated the item, which active members fund it, and who asked.
    internal static Reason[] Approved(SalesAgencyRequestFact request)
    {
        var via = request.InitiatorsSource is { } source ? $" ({source})" : string.Empty;
        var initiators = Text.List([.. request.Initiators.Select(i => $"{i.Organization.Name} ({i.Organization.Id})")]);
        var funders = Text.List([.. request.Funders.Where(SalesAgencyClauses.FundsTheItem).Select(f => f.Contribution is { } amount
            ? $"{f.Standing.Organization.Name} ({f.Standing.Organization.Id}) with {amount}"
            : $"{f.Standing.Organization.Name} ({f.Standing.Organization.Id})")]);
        return
        [
            new Reason(Codes.InitiatedByMembers, $"The {request.Item} was initiated by active members: {initiators}{via}."),
            new Reason(Codes.FundedByMembers, $"Active members fund it: {funders}."),
            new Reason(Codes.RequestedBy, $"{request.Requester.Organization.Name} ({request.Requester.Organization.Id}) asked CLEMS to act as sales agent for it."),
        ];
    }

    internal static Reason NoInitiator(SalesAgencyRequestFact request)
        => new(Codes.NoInitiator, $"The {request.Item} names no initiator; CLEMS sells only what members initiated.");

    /// An initiator that is not an active member, with its standing.
    internal static Reason InitiatorNotAMember(SalesAgencyRequestFact request, MemberStanding initiator)
    {
        var via = request.InitiatorsSource is { } source ? $", one of {source}," : string.Empty;
        return new Reason(
            InitiatorCode(initiator.Kind),
            $"{initiator.Organization.Name} ({initiator.Organization.Id}){via} initiated the {request.Item} but {initiator.Describe()} (as of {Text.Date(initiator.AsOf)}); CLEMS sells only what members initiated.");
    }

    /// No funder counts: none is named, the initiative has no member contribution, or each funder is named with why.
    internal static Reason NoMemberFunding(SalesAgencyRequestFact request)
    {
        if (request.Funders.IsEmpty)
        {
            return new Reason(
                Codes.NoMemberFunding,
                request.Request.Item.Initiative is null
                    ? $"The {request.Item} names no funder; CLEMS sells only what members fund."
                    : $"The {request.Item} has no member contribution in its funding; CLEMS sells only what members fund.");
        }

        var funders = request.Funders.Select(f => f.Standing.IsActive
            ? $"{f.Standing.Organization.Name} ({f.Standing.Organization.Id}) contributes {f.Contribution}"
            : $"{f.Standing.Organization.Name} ({f.Standing.Organization.Id}) {f.Standing.Describe()}");
        return new Reason(Codes.NoMemberFunding, $"No active member funds the {request.Item}: {Text.List([.. funders])}; CLEMS sells only what members fund.");
    }

    private static string InitiatorCode(StandingKind kind) => kind switch
    {
        StandingKind.Suspended => Codes.InitiatorMembershipSuspended,
        StandingKind.NotYetStarted => Codes.InitiatorMembershipNotStarted,
        StandingKind.Ended => Codes.InitiatorMembershipEnded,
        StandingKind.NeverMember => Codes.InitiatorNeverAMember,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An active member initiates the item; only a non-member's standing has a G13 code."),
    };
}
