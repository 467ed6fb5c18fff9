using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Clems.Rules.Decisions;
using Clems.Rules.Initiatives;

namespace Clems.Rules.Reference.Clauses;

/// G7, G12: the executive team supports at most `executiveCapacity` runnable initiatives; the rest queue by committed
/// resources (member contributions by active members on the as-of date, larger first), then the earlier readiness
/// (unknown last), then the executive draw (the lower ticket; the id only for a ticket collision), which needs the
/// published seed whenever two initiatives of the ranking tie. A contribution that does not count is named in the decision and never compared.
internal static class Executive
{
    public static void Decide(Cluster cluster, IReadOnlySet<InitiativeId> runnable)
    {
        var initiatives = cluster.Snapshot.Initiatives.Where(i => runnable.Contains(i.Id)).ToList();
        if (initiatives.Count == 0)
        {
            return;
        }

        var capacity = cluster.Parameters.ExecutiveCapacity;
        // A lone initiative is compared with nothing, so it needs neither a rate nor a draw.
        var ranked = initiatives.Count <= capacity || initiatives.Count == 1
            ? initiatives
            : Ranked(cluster, initiatives);
        for (var position = 0; position < ranked.Count; position++)
        {
            var supported = position < capacity;
            var notCounted = ranked[position].Funding
                .Where(f => f.Kind == FundingKind.MemberContribution && !Counts(cluster, f))
                .Select(_ => "G12.contribution-not-counted");
            cluster.Decide(
                SubjectKind.Initiative,
                ranked[position].Id.Value,
                supported ? DecisionOutcome.Supported : DecisionOutcome.Queued,
                "Executive.Capacity",
                "G7 G12",
                ["G12.committed", .. notCounted, "G12.capacity", supported ? "G12.within-capacity" : "G12.queue-position"]);
        }
    }

    /// The queue: committed resources, larger first; then the earlier readiness (unknown last); then the lower ticket
    /// of the executive draw; then the id.
    private static List<Initiative> Ranked(Cluster cluster, List<Initiative> initiatives)
    {
        var oneCurrency = initiatives
            .SelectMany(i => Counted(cluster, i))
            .Select(m => m.Currency)
            .Distinct()
            .Count() <= 1;
        var committed = initiatives.ToDictionary(i => i.Id, i => Committed(cluster, oneCurrency, i));
        var seed = cluster.Snapshot.LotterySeed;
        if (string.IsNullOrEmpty(seed))
        {
            if (initiatives.GroupBy(i => (committed[i.Id], i.ReadyAt)).Any(g => g.Count() > 1))
            {
                throw new ReferenceInputException("G12: runnable initiatives tie on committed resources and readiness, and no lotterySeed is published.");
            }

            seed = null;
        }

        return [.. initiatives
            .OrderByDescending(i => committed[i.Id])
            .ThenBy(i => i.ReadyAt is null)
            .ThenBy(i => i.ReadyAt)
            .ThenBy(i => seed is null ? 0UL : Ticket(seed, i.Id.Value))
            .ThenBy(i => i.Id.Value, StringComparer.Ordinal)];
    }

    /// docs/areas/executive.md, "The executive draw": the first 8 bytes, big-endian, of SHA-256 over the prefix, the
    /// seed, the scope "executive" and the initiative id, separated by line feeds.
    private static ulong Ticket(string seed, string initiative)
        => BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"clems-rules/lottery/v1\n{seed}\nexecutive\n{initiative}")));

    /// Counted contributions in the comparison currency; without one, every contribution compared (of every initiative
    /// in the queue) must share a currency.
    private static decimal Committed(Cluster cluster, bool oneCurrency, Initiative initiative)
    {
        var contributions = Counted(cluster, initiative).ToList();
        if (cluster.Parameters.ComparisonCurrency is not { } currency)
        {
            return oneCurrency
                ? contributions.Sum(c => c.Amount)
                : throw new ReferenceInputException("G12: contributions in several currencies and no comparisonCurrency.");
        }

        return contributions
            .GroupBy(c => c.Currency)
            .Sum(g => Rates.Convert(new Money(g.Sum(c => c.Amount), g.Key), currency, cluster.Parameters)
                ?? throw new ReferenceInputException($"G12: no rate from {g.Key} to {currency}."));
    }

    /// The member contributions that count as committed resources (G12: by an active member on the as-of date).
    private static IEnumerable<Money> Counted(Cluster cluster, Initiative initiative)
        => initiative.Funding.Where(f => f.Kind == FundingKind.MemberContribution && Counts(cluster, f)).Select(f => f.Amount);

    /// A contribution without a contributor, or by an organisation that is not an active member, does not count.
    private static bool Counts(Cluster cluster, FundingSource source)
        => source.Contributor is { } contributor && cluster.IsActive(contributor);
}
