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
        foreach (var tender in cluster.Snapshot.Tenders)
        {
            foreach (var profile in cluster.Snapshot.TenderProfiles.Where(p => Matches(cluster, tender, p, asOf)))
            {
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

    private static bool Matches(Cluster cluster, TenderNotice tender, TenderProfile profile, Instant asOf)
        => cluster.IsActive(profile.Organization)
            && tender.CpvCodes.Any(code => profile.CpvPrefixes.Any(prefix => code.Value[..8].StartsWith(prefix.Value, System.StringComparison.Ordinal)))
            && profile.Countries.Contains(tender.Country)
            && tender.EstimatedValue.Currency == profile.MinValue.Currency
            && profile.MinValue.Amount <= tender.EstimatedValue.Amount
            && tender.EstimatedValue.Amount <= profile.MaxValue.Amount
            && tender.PublishedAt <= asOf
            && tender.Deadline.ToInstant() > asOf;
}
