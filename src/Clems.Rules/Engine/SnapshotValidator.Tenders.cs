using System.Collections.Generic;
using Clems.Rules.Membership;
using Clems.Rules.Tenders;
using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

internal static partial class SnapshotValidator
{
    /// Tender notices and members' tender profiles (S11).
    private static void ValidateTenders(ValidationScope scope)
    {
        var snapshot = scope.Snapshot;
        UniqueIds(scope, snapshot.Tenders, t => t.Id.Value, "$.tenders", "tender");
        for (var i = 0; i < snapshot.Tenders.Length; i++)
        {
            var tender = snapshot.Tenders[i];
            var at = new ItemPath("$.tenders", i);
            if (tender.CpvCodes.IsEmpty)
            {
                scope.Problems.Add(new(at.Then(".cpvCodes").ToString(), "A tender notice has at least one CPV code; add the codes of the notice."));
            }

            CheckEuCountry(scope, tender.Country, at.Then(".country"));
            if (tender.Deadline.ToInstant() < tender.PublishedAt)
            {
                scope.Problems.Add(new(
                    at.Then(".deadline").ToString(),
                    $"The deadline {Text.Instant(tender.Deadline.ToInstant())} is before the notice was published at {Text.Instant(tender.PublishedAt)}; fix the dates."));
            }
        }

        var seen = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < snapshot.TenderProfiles.Length; i++)
        {
            var profile = snapshot.TenderProfiles[i];
            var at = new ItemPath("$.tenderProfiles", i);
            if (CheckOrganization(scope, profile.Organization.Value, at.Then(".organization")) && !seen.TryAdd(profile.Organization.Value, i))
            {
                scope.Problems.Add(new(
                    at.Then(".organization").ToString(),
                    Text.Inv($"Organisation '{profile.Organization}' already has a tender profile at $.tenderProfiles[{seen[profile.Organization.Value]}]; merge the two into one profile.")));
            }

            if (profile.CpvPrefixes.IsEmpty)
            {
                scope.Problems.Add(new(at.Then(".cpvPrefixes").ToString(), "A tender profile names at least one CPV prefix (2 to 8 digits, e.g. 45 or 9040)."));
            }

            CheckDistinct(scope, profile.CpvPrefixes, p => p.Value, k => at.Then(".cpvPrefixes", k).ToString(), "CPV prefix");
            if (profile.Countries.IsEmpty)
            {
                scope.Problems.Add(new(at.Then(".countries").ToString(), "A tender profile names at least one country: RO or another EU member state."));
            }

            for (var k = 0; k < profile.Countries.Length; k++)
            {
                CheckEuCountry(scope, profile.Countries[k], at.Then(".countries", k));
            }

            CheckDistinct(scope, profile.Countries, c => c.Value, k => at.Then(".countries", k).ToString(), "country");
            if (profile.MinValue.Currency != profile.MaxValue.Currency)
            {
                scope.Problems.Add(new(
                    at.Then(".maxValue.currency").ToString(),
                    $"The value range is in one currency: the minimum is in {profile.MinValue.Currency} and the maximum in {profile.MaxValue.Currency}. Give both in the same currency."));
            }
            else if (profile.MaxValue.Amount < profile.MinValue.Amount)
            {
                scope.Problems.Add(new(at.Then(".maxValue").ToString(), $"The maximum value {profile.MaxValue} is below the minimum {profile.MinValue}; swap them or fix one."));
            }
        }
    }

    private static void CheckEuCountry(ValidationScope scope, CountryCode country, ItemPath path)
    {
        if (!EuMemberStates.Contains(country))
        {
            scope.Problems.Add(new(
                path.ToString(),
                $"'{country}' is not Romania or another EU member state; CLEMS monitors tenders there only (S11). Use one of: {string.Join(", ", EuMemberStates.Codes)}."));
        }
    }

    private static void CheckDistinct<T>(ValidationScope scope, IReadOnlyList<T> items, System.Func<T, string> key, System.Func<int, string> path, string what)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var k = 0; k < items.Count; k++)
        {
            if (!seen.Add(key(items[k])))
            {
                scope.Problems.Add(new(path(k), $"The {what} '{key(items[k])}' is listed twice; list it once."));
            }
        }
    }
}
