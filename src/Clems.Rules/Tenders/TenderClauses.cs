using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.Tenders;

/// S11, "monitoring opportunities on public tenders, on the basis of the interest of each member, in Romania and the EU
/// member states": the tests a tender notice passes to be sent to a member, one predicate per part of the member's
/// declared interest and per part of the notice's timing. The rule's conditions and its decisions call these only.
internal static class TenderClauses
{
    /// S11: the notice's CPV code starts with a prefix the member declared (its eight digits; the check digit is ignored).
    internal static bool SharesCpvPrefix(CpvPrefix prefix, CpvCode code) => prefix.Matches(code);

    /// S11: the notice's country is one of the countries the member declared.
    internal static bool InProfileCountries(TenderProfile profile, CountryCode country) => profile.Countries.Contains(country);

    /// S11: the estimated value lies in the member's range, both bounds inclusive, in the range's currency; a value in
    /// another currency is never in range (no exchange rate is applied).
    internal static bool InProfileValueRange(TenderProfile profile, Money value)
        => value.Currency == profile.MinValue.Currency
            && value.Amount >= profile.MinValue.Amount
            && value.Amount <= profile.MaxValue.Amount;

    /// S11, read in time: a notice is known from its publication instant on, so one published exactly at the as-of
    /// instant is known and one published later is not.
    internal static bool PublishedBy(TenderNotice tender, Instant asOf) => tender.PublishedAt <= asOf;

    /// S11: an alert is useful only before the deadline, in the tender's own zone compared as an instant; a deadline
    /// exactly at the as-of instant has passed.
    internal static bool DeadlineOpen(TenderNotice tender, Instant asOf) => tender.Deadline.ToInstant() > asOf;
}
