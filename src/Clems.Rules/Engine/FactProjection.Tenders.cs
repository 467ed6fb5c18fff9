using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Tenders;

namespace Clems.Rules.Engine;

internal static partial class FactProjection
{
    /// Tender monitoring (S11). A prefix index (CPV prefix → the profiles that declare it) is built once from the
    /// profiles; each notice looks up the 2- to 8-digit prefixes of its codes (at most 7 lookups per code) and yields one
    /// candidate per profile that shares a prefix. The work is linear in notices × codes plus the candidates found;
    /// notices and profiles are never paired otherwise, and the Rete network never joins them (design.md). A notice's
    /// candidates are one fact, so the network sees one fact per notice, not one per pair.
    private static void ProjectTenders(ProjectionScope scope)
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

        var standings = Array.ConvertAll(profiles, p => scope.Standings[p.Organization]);
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
