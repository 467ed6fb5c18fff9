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
            var at = Text.Inv($"$.tenders[{i}]");
            if (tender.CpvCodes.IsEmpty)
            {
                scope.Problems.Add(new(at + ".cpvCodes", "A tender notice has at least one CPV code; add the codes of the notice."));
            }

            CheckEuCountry(scope, tender.Country, at + ".country");
            if (tender.Deadline.ToInstant() < tender.PublishedAt)
            {
                scope.Problems.Add(new(
                    at + ".deadline",
                    $"The deadline {Text.Instant(tender.Deadline.ToInstant())} is before the notice was published at {Text.Instant(tender.PublishedAt)}; fix the dates."));
            }
        }

        var seen = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < snapshot.TenderProfiles.Length; i++)
        {
            var profile = snapshot.TenderProfiles[i];
            var at = Text.Inv($"$.tenderProfiles[{i}]");
            if (CheckOrganization(scope, profile.Organization.Value, at + ".organization") && !seen.TryAdd(profile.Organization.Value, i))
            {
                scope.Problems.Add(new(
                    at + ".organization",
                    Text.Inv($"Organisation '{profile.Organization}' already has a tender profile at $.tenderProfiles[{seen[profile.Organization.Value]}]; merge the two into one profile.")));
            }

            if (profile.CpvPrefixes.IsEmpty)
            {
                scope.Problems.Add(new(at + ".cpvPrefixes", "A tender profile names at least one CPV prefix (2 to 8 digits, e.g. 45 or 9040)."));
            }

            CheckDistinct(scope, profile.CpvPrefixes, p => p.Value, k => Text.Inv($"{at}.cpvPrefixes[{k}]"), "CPV prefix");
            if (profile.Countries.IsEmpty)
            {
                scope.Problems.Add(new(at + ".countries", "A tender profile names at least one country: RO or another EU member state."));
            }

            for (var k = 0; k < profile.Countries.Length; k++)
            {
                CheckEuCountry(scope, profile.Countries[k], Text.Inv($"{at}.countries[{k}]"));
            }

            CheckDistinct(scope, profile.Countries, c => c.Value, k => Text.Inv($"{at}.countries[{k}]"), "country");
            if (profile.MinValue.Currency != profile.MaxValue.Currency)
            {
                scope.Problems.Add(new(
                    at + ".maxValue.currency",
                    $"The value range is in one currency: the minimum is in {profile.MinValue.Currency} and the maximum in {profile.MaxValue.Currency}. Give both in the same currency."));
            }
            else if (profile.MaxValue.Amount < profile.MinValue.Amount)
            {
                scope.Problems.Add(new(at + ".maxValue", $"The maximum value {profile.MaxValue} is below the minimum {profile.MinValue}; swap them or fix one."));
            }
        }
    }

    private static void CheckEuCountry(ValidationScope scope, CountryCode country, string path)
    {
        if (!EuMemberStates.Contains(country))
        {
            scope.Problems.Add(new(
                path,
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
