using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Executive;

/// An initiative's resources committed by members (G12): the sum of the member contributions in its funding, converted
/// to the comparison currency through the rates the framework declares, with the instant the initiative became ready.
internal sealed class CommittedResources
{
    private CommittedResources(InitiativeFact fact, IReadOnlyList<Money> declared, Money? amount)
    {
        Fact = fact;
        Declared = declared;
        Amount = amount;
    }

    public InitiativeFact Fact { get; }

    /// The member contributions as declared, summed per currency (currency order).
    public IReadOnlyList<Money> Declared { get; }

    /// The committed resources in the comparison currency; null when a contribution has no rate to it.
    public Money? Amount { get; }

    public Instant? ReadyAt => Fact.Initiative.ReadyAt;

    private decimal Compared => Amount!.Value.Amount;

    /// The committed resources of each initiative, by initiative id.
    internal static List<CommittedResources> Of(IEnumerable<InitiativeFact> initiatives, FrameworkParameters parameters)
    {
        var facts = initiatives.OrderBy(f => f.Initiative.Id).ToList();

        // Without a declared comparison currency, amounts compare only in the currency the first contribution uses.
        var currency = parameters.ComparisonCurrency
            ?? facts.SelectMany(f => Contributions(f.Initiative)).Select(m => (Currency?)m.Currency).FirstOrDefault()
            ?? Currency.Ron;
        return [.. facts.Select(f => Of(f, parameters, currency))];
    }

    /// Ranks the initiatives: larger committed resources first, then the earlier readiness (unknown last), then id.
    /// Throws the input problems when an amount cannot be compared (no rate declared): every one, with its path.
    internal static List<CommittedResources> Rank(List<CommittedResources> entries, FrameworkVersion framework, SnapshotPositions positions)
    {
        var problems = entries.Where(e => e.Amount is null).SelectMany(e => e.Problems(framework, positions)).ToList();
        if (problems.Count > 0)
        {
            throw new SnapshotValidationException(problems);
        }

        return [.. entries
            .OrderByDescending(c => c.Compared)
            .ThenBy(c => c.ReadyAt is null)
            .ThenBy(c => c.ReadyAt ?? Instant.MinValue)
            .ThenBy(c => c.Fact.Initiative.Id)];
    }

    public Reason CommittedReason()
    {
        var initiative = Fact.Initiative;
        if (Declared.Count == 0)
        {
            return new Reason("G12.committed", $"Members committed no resources to {initiative.Title} ({initiative.Id}): its funding has no member contribution.");
        }

        var declared = Text.List([.. Declared.Select(m => m.ToString())]);
        var converted = Amount is not { } amount || (Declared.Count == 1 && Declared[0].Currency == amount.Currency)
            ? string.Empty
            : $" ({Rounded(amount)} at the framework's exchange rates)";
        return new Reason("G12.committed", $"Members committed {declared}{converted} to {initiative.Title} ({initiative.Id}) in member contributions.");
    }

    public string DescribeReadiness() => ReadyAt is { } at ? "ready at " + Text.Instant(at) : "readiness instant not recorded";

    /// Why this entry ranks above <paramref name="other"/>, which comes after it in the ranking.
    public string Explain(CommittedResources other)
    {
        var amount = Rounded(Amount!.Value);
        if (Compared != other.Compared)
        {
            return $"its members committed {amount} against {Rounded(other.Amount!.Value)}";
        }

        if (ReadyAt != other.ReadyAt)
        {
            return other.ReadyAt is null
                ? $"both have {amount} committed and it was {DescribeReadiness()} while this one's readiness instant is not recorded"
                : $"both have {amount} committed and it was {DescribeReadiness()}, before this one at {Text.Instant(other.ReadyAt.Value)}";
        }

        return $"both have {amount} committed and the same readiness ({DescribeReadiness()}), and its id comes first";
    }

    private IEnumerable<ValidationProblem> Problems(FrameworkVersion framework, SnapshotPositions positions)
    {
        var parameters = framework.Parameters;
        var funding = Fact.Initiative.Funding;
        var index = positions.Initiatives[Fact.Initiative.Id];
        var target = parameters.ComparisonCurrency;
        for (var k = 0; k < funding.Length; k++)
        {
            if (funding[k].Kind != FundingKind.MemberContribution
                || (target is { } t && parameters.TryConvert(funding[k].Amount, t, out _))
                || (target is null && funding[k].Amount.Currency == Amount?.Currency))
            {
                continue;
            }

            var fix = target is { } to
                ? $"framework {framework.Id} compares them in {to} and declares no rate between {funding[k].Amount.Currency} and {to}. Add the rate to the framework's exchangeRates, or state the contribution in {to}"
                : $"framework {framework.Id} declares no comparisonCurrency, and other contributions are in another currency. Set the framework's comparisonCurrency and exchangeRates, or state every contribution in one currency";
            yield return new ValidationProblem(
                Text.Inv($"$.initiatives[{index}].funding[{k}].amount.currency"),
                ExecutiveProblems.IncomparableContribution,
                $"The runnable initiatives exceed the executive capacity, so their committed resources must be compared (G12), but the member contribution of {funding[k].Amount} to {Fact.Initiative.Id} cannot be: {fix}.");
        }
    }

    private static CommittedResources Of(InitiativeFact fact, FrameworkParameters parameters, Currency currency)
    {
        var declared = Contributions(fact.Initiative)
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

        return new CommittedResources(fact, declared, total);
    }

    private static IEnumerable<Money> Contributions(Initiative initiative)
        => initiative.Funding.Where(f => f.Kind == FundingKind.MemberContribution).Select(f => f.Amount);

    private static Money Rounded(Money money) => new(decimal.Round(money.Amount, 2, System.MidpointRounding.ToEven), money.Currency);
}
