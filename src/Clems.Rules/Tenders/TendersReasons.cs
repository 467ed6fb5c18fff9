using System.Collections.Immutable;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NodaTime;
using NodaTime.Text;

namespace Clems.Rules.Tenders;

/// The reason codes and sentences of tender monitoring (S11).
internal static class TendersReasons
{
    // The deadline as the contracting authority publishes it: local date-time, offset and its own zone.
    private static readonly ZonedDateTimePattern s_deadline = ZonedDateTimePattern.CreateWithInvariantCulture(
        "uuuu'-'MM'-'dd'T'HH':'mm':'ss o<g> z", DateTimeZoneProviders.Tzdb);

    internal static class Codes
    {
        /// S11: a CPV code of the notice starts with a prefix of the profile.
        internal const string CpvPrefix = "S11.cpv-prefix";

        /// S11: the notice's country is in the profile.
        internal const string Country = "S11.country";

        /// S11: the estimated value is in the profile's range.
        internal const string Value = "S11.value";

        /// S11: the deadline is after the as-of instant.
        internal const string DeadlineOpen = "S11.deadline-open";

        /// G10: tender monitoring is for active members.
        internal const string ActiveMember = MembershipReasons.Codes.ActiveMember;
    }

    /// The five reasons of an alert, in the order the clause reads: what matched the profile, then the timing, then
    /// the membership.
    internal static ImmutableArray<Reason> Alerted(TenderMatchCandidate c)
    {
        var member = $"{c.Standing.Organization.Name} ({c.Standing.Organization.Id})";
        return
        [
            new(Codes.CpvPrefix, $"CPV code {c.Code} of tender {c.Tender.Id} ({c.Tender.Title}) starts with {c.Prefix}, a prefix in the profile of {member}."),
            new(Codes.Country, $"The tender is in {c.Tender.Country}, a country in the profile."),
            new(Codes.Value, $"The estimated value {c.Tender.EstimatedValue} is within the profile's range from {c.Profile.MinValue} to {c.Profile.MaxValue}."),
            new(Codes.DeadlineOpen, $"The deadline {s_deadline.Format(c.Tender.Deadline)} ({Text.Instant(c.Tender.Deadline.ToInstant())}) is after the as-of instant {Text.Instant(c.AsOfInstant)} (the start of {Text.Date(c.Standing.AsOf)} in Europe/Bucharest)."),
            new(Codes.ActiveMember, $"{member} {MembershipReasons.Describe(c.Standing)} (as of {Text.Date(c.Standing.AsOf)}); tender monitoring (S11) is for active members."),
        ];
    }
}
