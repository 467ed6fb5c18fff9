using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using NodaTime;

namespace Clems.Rules.Executive;

/// An initiative's resources committed by active members (G12): the sum of the member contributions in its funding by
/// organisations that are active members on the as-of date, converted to the comparison currency through the rates the
/// framework declares, with the instant the initiative became ready and its ticket in the executive draw.
internal sealed class CommittedResources
{
    private readonly ExecutiveDraw _draw;
    private ulong? _ticket;

    private CommittedResources(InitiativeFact fact, IReadOnlyList<Money> declared, IReadOnlyList<NotCountedContribution> notCounted, Money? amount, ExecutiveDraw draw)
    {
        Fact = fact;
        Declared = declared;
        NotCounted = notCounted;
        Amount = amount;
        _draw = draw;
    }

    public InitiativeFact Fact { get; }

    /// The member contributions that count, as declared, summed per currency (currency order).
    public IReadOnlyList<Money> Declared { get; }

    /// The member contributions that do not count (their contributor is not an active member), in funding order.
    public IReadOnlyList<NotCountedContribution> NotCounted { get; }

    /// The committed resources in the comparison currency; null when a contribution has no rate to it.
    public Money? Amount { get; }

    public Instant? ReadyAt => Fact.Initiative.ReadyAt;

    /// The initiative's ticket in the executive draw (<see cref="ExecutiveDraw"/>); null without a published seed.
    /// Drawn on first use: only a ranking compares tickets.
    public ulong? Ticket => _ticket ??= _draw.Ticket(Fact.Initiative.Id);

    /// The amount the ranking compares; only for comparable entries (<see cref="ExecutiveClauses.CommitmentsComparable"/>).
    internal decimal Compared => Amount!.Value.Amount;

    /// The committed resources of each initiative, by initiative id.
    internal static List<CommittedResources> Of(IEnumerable<InitiativeFact> initiatives, FrameworkParameters parameters, ContributorStandings contributors, ExecutiveDraw draw)
    {
        var facts = initiatives.OrderBy(f => f.Initiative.Id).ToList();

        // Without a declared comparison currency, amounts compare only in the currency of the first counted
        // contribution.
        var currency = parameters.ComparisonCurrency
            ?? facts.SelectMany(f => contributors.Counted(f.Initiative)).Select(f => (Currency?)f.Amount.Currency).FirstOrDefault()
            ?? Currency.Ron;
        return [.. facts.Select(f => Of(f, parameters, contributors, currency, draw))];
    }

    /// G12's ranking of comparable entries: larger committed resources first, then the earlier readiness (unknown
    /// last), then the lower ticket of the executive draw; the initiative id only for a ticket collision (G1).
    internal static List<CommittedResources> Rank(List<CommittedResources> entries)
        => [.. entries
            .OrderByDescending(c => c.Compared)
            .ThenBy(c => c.ReadyAt is null)
            .ThenBy(c => c.ReadyAt ?? Instant.MinValue)
            .ThenBy(c => c.Ticket ?? 0UL)
            .ThenBy(c => c.Fact.Initiative.Id)];

    /// The groups of comparable entries that only the draw can order, each in initiative-id order, in ranking order.
    internal static IEnumerable<List<CommittedResources>> TiesBeforeDraw(List<CommittedResources> entries)
        => entries
            .GroupBy(c => (c.Compared, c.ReadyAt))
            .Where(g => g.Count() > 1)
            .OrderByDescending(g => g.Key.Compared)
            .ThenBy(g => g.Key.ReadyAt is null)
            .ThenBy(g => g.Key.ReadyAt ?? Instant.MinValue)
            .Select(g => g.OrderBy(c => c.Fact.Initiative.Id).ToList());

    private static CommittedResources Of(InitiativeFact fact, FrameworkParameters parameters, ContributorStandings contributors, Currency currency, ExecutiveDraw draw)
    {
        var declared = contributors.Counted(fact.Initiative)
            .Select(f => f.Amount)
            .GroupBy(m => m.Currency)
            .OrderBy(g => g.Key)
            .Select(g => g.Aggregate(Money.Zero(g.Key), (sum, m) => sum.Add(m)))
            .ToList();
        // Rates convert only into a declared comparison currency; without one, every contribution must already be in the
        // one currency compared (G1: ids must not pick the currency in which amounts are converted).
        var convert = parameters.ComparisonCurrency is not null;
        Money? total = Money.Zero(currency);
        foreach (var amount in declared)
        {
            Money? compared = amount.Currency == currency ? amount : convert && parameters.TryConvert(amount, currency, out var c) ? c : null;
            total = total is { } sum && compared is { } add ? sum.Add(add) : null;
        }

        return new CommittedResources(fact, declared, [.. contributors.NotCounted(fact.Initiative)], total, draw);
    }
}
