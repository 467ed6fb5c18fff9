using System;
using Clems.Rules.Utility;

namespace Clems.Rules.Membership;

/// The reason codes and words of an organisation's standing with CLEMS (G10), which every area that asks "is it an
/// active member?" cites: the areas own their sentences, the standing's code and its clause of a sentence live here.
internal static class MembershipReasons
{
    /// The clause every standing code cites.
    private const string ClausePrefix = "G10.";

    // The code without its clause, per StandingKind, for the areas that put their own clause in front of it
    // (G4.founder-membership-ended); computed once so that naming a standing never allocates.
    private static readonly string[] s_standingNames =
        Array.ConvertAll(Enum.GetValues<StandingKind>(), kind => CodeOf(kind)[ClausePrefix.Length..]);

    internal static class Codes
    {
        /// G10: the organisation is an active member on the date.
        internal const string ActiveMember = "G10.active-member";

        /// G10: the term covering the date is suspended.
        internal const string MembershipSuspended = "G10.membership-suspended";

        /// G10: the organisation's first term starts after the date.
        internal const string MembershipNotStarted = "G10.membership-not-started";

        /// G10: the organisation's last term ended before the date.
        internal const string MembershipEnded = "G10.membership-ended";

        /// G10: the organisation has no membership term at all.
        internal const string NeverAMember = "G10.never-a-member";
    }

    /// The G10 code of <paramref name="standing"/>: why it is not an active member on its date
    /// (<see cref="Codes.ActiveMember"/> when it is one).
    internal static string NotActiveCode(MemberStanding standing) => CodeOf(standing.Kind);

    /// The standing's code without its clause ("membership-ended"), for codes of other clauses about a standing.
    internal static string StandingName(MemberStanding standing) => s_standingNames[(int)standing.Kind];

    /// A clause of a sentence saying why the organisation is or is not an active member on the standing's date, e.g.
    /// "is no longer a member: its membership ended on 2024-12-31".
    internal static string Describe(MemberStanding standing) => standing.Kind switch
    {
        StandingKind.Active => $"has been a member since {Text.Date(standing.Term!.Start)}",
        StandingKind.Suspended => $"has a membership that is suspended from {Text.Date(standing.Term!.Start)}"
            + (standing.Term.End is { } end ? $" to {Text.Date(end)}" : string.Empty),
        StandingKind.NotYetStarted => $"is not yet a member: its membership starts on {Text.Date(standing.Term!.Start)}",
        StandingKind.Ended => $"is no longer a member: its membership ended on {Text.Date(standing.Term!.End!.Value)}",
        _ => "has never been a member of CLEMS",
    };

    private static string CodeOf(StandingKind kind) => kind switch
    {
        StandingKind.Suspended => Codes.MembershipSuspended,
        StandingKind.NotYetStarted => Codes.MembershipNotStarted,
        StandingKind.Ended => Codes.MembershipEnded,
        StandingKind.NeverMember => Codes.NeverAMember,
        _ => Codes.ActiveMember,
    };
}
