using System;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Tenders;
using NodaTime;

namespace Clems.Rules.Reference.Clauses;

/// S11 (and G10): alert an active member to a published notice, still open at the start of the as-of date in
/// Europe/Bucharest, that matches its profile by CPV prefix, country and value range (in the profile's currency).
internal static class Tenders
{
    public static void Decide(Cluster cluster)
    {
        var asOf = cluster.AsOf.AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Europe/Bucharest"]).ToInstant();

        // Only active members' profiles can match (G10), and only those that watch the notice's country: each notice is
        // tested against those, not against every profile.
        var watching = cluster.Snapshot.TenderProfiles
            .Where(p => cluster.IsActive(p.Organization))
            .SelectMany(p => p.Countries.Distinct().Select(country => (Country: country, Profile: p)))
            .ToLookup(x => x.Country, x => x.Profile);
        foreach (var tender in cluster.Snapshot.Tenders.Where(t => Open(t, asOf)))
        {
            foreach (var profile in watching[tender.Country])
            {
                if (!Matches(tender, profile))
                {
                    continue;
                }

                cluster.Decide(
                    SubjectKind.TenderAlert,
                    tender.Id.Value + "/" + profile.Organization.Value,
                    DecisionOutcome.Alerted,
                    "Tenders.Alert",
                    "G10 S11",
                    ["S11.cpv-prefix", "S11.country", "S11.value", "S11.deadline-open", "G10.active-member"]);
            }
        }
    }

    /// Published, and the deadline not passed, at the start of the as-of date.
    private static bool Open(TenderNotice tender, Instant asOf)
        => tender.PublishedAt <= asOf && tender.Deadline.ToInstant() > asOf;

    /// The profile watches the country, the estimated value is within the profile's range, in its currency, and a code
    /// of the notice starts with a prefix of the profile.
    private static bool Matches(TenderNotice tender, TenderProfile profile)
        => profile.Countries.Contains(tender.Country)
            && tender.EstimatedValue.Currency == profile.MinValue.Currency
            && profile.MinValue.Amount <= tender.EstimatedValue.Amount
            && tender.EstimatedValue.Amount <= profile.MaxValue.Amount
            && SharesPrefix(tender, profile);

    /// One of the notice's codes (its eight digits, without the check digit) starts with one of the profile's prefixes.
    private static bool SharesPrefix(TenderNotice tender, TenderProfile profile)
    {
        foreach (var code in tender.CpvCodes)
        {
            foreach (var prefix in profile.CpvPrefixes)
            {
                if (code.Value.AsSpan(0, 8).StartsWith(prefix.Value, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
