using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Tenders;

/// Tender notices and the members' tender profiles (S11): a notice has CPV codes, an EU country and a deadline after its
/// publication; a profile names distinct prefixes and countries and a value range in one currency.
/// Facts: a prefix index (CPV prefix → the profiles that declare it) is built once from the profiles; each notice looks up the 2- to 8-digit prefixes of its codes (at most 7 lookups per code) and yields one
/// candidate per profile that shares a prefix. The work is linear in notices × codes plus the candidates found;
/// notices and profiles are never paired otherwise, and the Rete network never joins them (design.md). A notice's
/// candidates are one fact, so the network sees one fact per notice, not one per pair.
internal sealed class TendersArea : GovernanceArea
{
    /// <c>$.tenders</c>.
    internal static readonly IdentifiedArray Notices = IdentifiedArray.Of("tender", "$.tenders", s => s.Tenders, t => t.Id.Value);

    internal override string Name => "Tenders";

    internal override ImmutableArray<IdentifiedArray> Identities => [Notices];

    internal override ImmutableArray<AreaProduct> Consumes => [MembershipArea.Standings];

    internal override void Validate(ValidationScope scope)
    {
        var snapshot = scope.Snapshot;
        for (var i = 0; i < snapshot.Tenders.Length; i++)
        {
            var tender = snapshot.Tenders[i];
            var at = new ItemPath("$.tenders", i);
            if (tender.CpvCodes.IsEmpty)
            {
                scope.Add(at.Then(".cpvCodes"), TendersProblems.NoCpvCodes, "A tender notice has at least one CPV code; add the codes of the notice.");
            }

            CheckEuCountry(scope, tender.Country, at.Then(".country"));
            if (tender.Deadline.ToInstant() < tender.PublishedAt)
            {
                scope.Add(
                    at.Then(".deadline"),
                    TendersProblems.DeadlineBeforePublication,
                    $"The deadline {Text.Instant(tender.Deadline.ToInstant())} is before the notice was published at {Text.Instant(tender.PublishedAt)}; fix the dates.");
            }
        }

        var seen = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < snapshot.TenderProfiles.Length; i++)
        {
            var profile = snapshot.TenderProfiles[i];
            var at = new ItemPath("$.tenderProfiles", i);
            if (scope.CheckReference(MembershipArea.Organizations, profile.Organization.Value, at.Then(".organization")) && !seen.TryAdd(profile.Organization.Value, i))
            {
                scope.Add(
                    at.Then(".organization"),
                    TendersProblems.DuplicateProfile,
                    Text.Inv($"Organisation '{profile.Organization}' already has a tender profile at $.tenderProfiles[{seen[profile.Organization.Value]}]; merge the two into one profile."));
            }

            if (profile.CpvPrefixes.IsEmpty)
            {
                scope.Add(at.Then(".cpvPrefixes"), TendersProblems.NoCpvPrefixes, "A tender profile names at least one CPV prefix (2 to 8 digits, e.g. 45 or 9040).");
            }

            CheckDistinct(scope, profile.CpvPrefixes, p => p.Value, k => at.Then(".cpvPrefixes", k), "CPV prefix");
            if (profile.Countries.IsEmpty)
            {
                scope.Add(at.Then(".countries"), TendersProblems.NoCountries, "A tender profile names at least one country: RO or another EU member state.");
            }

            for (var k = 0; k < profile.Countries.Length; k++)
            {
                CheckEuCountry(scope, profile.Countries[k], at.Then(".countries", k));
            }

            CheckDistinct(scope, profile.Countries, c => c.Value, k => at.Then(".countries", k), "country");
            if (profile.MinValue.Currency != profile.MaxValue.Currency)
            {
                scope.Add(
                    at.Then(".maxValue.currency"),
                    TendersProblems.MixedRangeCurrencies,
                    $"The value range is in one currency: the minimum is in {profile.MinValue.Currency} and the maximum in {profile.MaxValue.Currency}. Give both in the same currency.");
            }
            else if (profile.MaxValue.Amount < profile.MinValue.Amount)
            {
                scope.Add(at.Then(".maxValue"), TendersProblems.InvertedRange, $"The maximum value {profile.MaxValue} is below the minimum {profile.MinValue}; swap them or fix one.");
            }
        }
    }

    private static void CheckEuCountry(ValidationScope scope, CountryCode country, ItemPath path)
    {
        if (!EuMemberStates.Contains(country))
        {
            scope.Add(
                path,
                TendersProblems.NotEuCountry,
                $"'{country}' is not Romania or another EU member state; CLEMS monitors tenders there only (S11). Use one of: {string.Join(", ", EuMemberStates.Codes)}.");
        }
    }

    private static void CheckDistinct<T>(ValidationScope scope, IReadOnlyList<T> items, System.Func<T, string> key, System.Func<int, ItemPath> path, string what)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var k = 0; k < items.Count; k++)
        {
            if (!seen.Add(key(items[k])))
            {
                scope.Add(path(k), CommonProblems.DuplicateListEntry, $"The {what} '{key(items[k])}' is listed twice; list it once.");
            }
        }
    }

    internal override void Project(ProjectionScope scope)
    {
        var snapshot = scope.Snapshot;
        if (snapshot.Tenders.IsEmpty || snapshot.TenderProfiles.IsEmpty)
        {
            return;
        }

        var index = new Dictionary<string, List<(int Rank, TenderProfile Profile, CpvPrefix Prefix)>>(StringComparer.Ordinal);
        var profiles = snapshot.TenderProfiles.OrderBy(p => p.Organization).ToArray();
        for (var rank = 0; rank < profiles.Length; rank++)
        {
            foreach (var prefix in profiles[rank].CpvPrefixes)
            {
                if (!index.TryGetValue(prefix.Value, out var list))
                {
                    index[prefix.Value] = list = [];
                }

                list.Add((rank, profiles[rank], prefix));
            }
        }

        var known = scope.Get(MembershipArea.Standings);
        var standings = Array.ConvertAll(profiles, p => known[p.Organization]);
        var lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        var asOf = ClusterTime.StartOf(scope.Context.AsOf);
        var best = new Dictionary<int, (CpvPrefix Prefix, CpvCode Code)>();
        foreach (var tender in snapshot.Tenders.OrderBy(t => t.Id))
        {
            best.Clear();
            foreach (var code in tender.CpvCodes)
            {
                var digits = code.Value.AsSpan(0, CpvPrefix.MaxLength);
                for (var length = CpvPrefix.MinLength; length <= CpvPrefix.MaxLength; length++)
                {
                    if (!lookup.TryGetValue(digits[..length], out var entries))
                    {
                        continue;
                    }

                    // The longest shared prefix explains the match best; on a tie the ordinally smaller code, so that
                    // the reason does not depend on the order of the notice's codes.
                    foreach (var (rank, _, prefix) in entries)
                    {
                        if (!best.TryGetValue(rank, out var found)
                            || found.Prefix.Value.Length < prefix.Value.Length
                            || (found.Prefix.Value.Length == prefix.Value.Length && string.CompareOrdinal(code.Value, found.Code.Value) < 0))
                        {
                            best[rank] = (prefix, code);
                        }
                    }
                }
            }

            if (best.Count == 0)
            {
                continue;
            }

            // In profile order (organisation id): the ranks, sorted as integers.
            var ranks = new int[best.Count];
            best.Keys.CopyTo(ranks, 0);
            System.Array.Sort(ranks);
            var candidates = ImmutableArray.CreateBuilder<TenderMatchCandidate>(ranks.Length);
            foreach (var rank in ranks)
            {
                var profile = profiles[rank];
                var match = best[rank];
                candidates.Add(new TenderMatchCandidate
                {
                    Tender = tender,
                    Profile = profile,
                    Standing = standings[rank],
                    Prefix = match.Prefix,
                    Code = match.Code,
                    AsOfInstant = asOf,
                });
            }

            scope.Facts.Add(new TenderCandidates(tender, candidates.MoveToImmutable()));
        }
    }
}
