using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Framework;

/// The framework versions the General Assembly adopted (G1): one in force on a date, one exchange rate per pair of
/// currencies.
internal sealed class FrameworkArea : GovernanceArea
{
    /// <c>$.frameworks</c>.
    internal static readonly IdentifiedArray Frameworks = IdentifiedArray.Of("framework version", "$.frameworks", s => s.Frameworks, f => f.Id.Value);

    internal override string Name => "Framework";

    internal override ImmutableArray<IdentifiedArray> Identities => [Frameworks];

    /// Picks the framework version in force on <paramref name="asOf"/> (G1): the latest effective on or before it.
    internal static (FrameworkVersion? InForce, FrameworkVersion? Superseded, ValidationProblem? Problem) InForceOn(
        IReadOnlyList<FrameworkVersion> frameworks, LocalDate asOf)
    {
        var ordered = frameworks.OrderBy(f => f.EffectiveFrom).ToList();
        var index = ordered.FindLastIndex(f => FrameworkClauses.HasTakenEffect(f, asOf));
        if (index >= 0)
        {
            return (ordered[index], index > 0 ? ordered[index - 1] : null, null);
        }

        var message = ordered.Count == 0
            ? "The snapshot has no framework version; add the version the General Assembly adopted (G1)."
            : $"No framework version is in force on {Text.Date(asOf)}: the earliest, {ordered[0].Id}, takes effect on "
                + $"{Text.Date(ordered[0].EffectiveFrom)}. Evaluate on or after that date, or add the version in force then (G1).";
        return (null, null, new ValidationProblem("$.frameworks", FrameworkProblems.NoneInForce, message));
    }

    internal override void Validate(ValidationScope scope)
    {
        var frameworks = scope.Snapshot.Frameworks;
        var effective = new Dictionary<LocalDate, int>();
        for (var i = 0; i < frameworks.Length; i++)
        {
            if (!effective.TryAdd(frameworks[i].EffectiveFrom, i))
            {
                scope.Add(
                    new ItemPath("$.frameworks", i).Then(".effectiveFrom"),
                    FrameworkProblems.SameEffectiveDate,
                    Text.Inv($"Two framework versions take effect on {Text.Date(frameworks[i].EffectiveFrom)} (see $.frameworks[{effective[frameworks[i].EffectiveFrom]}]); only one can be in force on a date."));
            }

            ValidateExchangeRates(scope, frameworks[i].Parameters.ExchangeRates, i);
        }
    }

    private static void ValidateExchangeRates(ValidationScope scope, ImmutableArray<ExchangeRate> rates, int framework)
    {
        var seen = new Dictionary<(Currency, Currency), int>();
        for (var k = 0; k < rates.Length; k++)
        {
            var pair = string.CompareOrdinal(rates[k].From.Code, rates[k].To.Code) < 0 ? (rates[k].From, rates[k].To) : (rates[k].To, rates[k].From);
            if (!seen.TryAdd(pair, k))
            {
                scope.Add(
                    new ItemPath("$.frameworks", framework).Then(".parameters.exchangeRates", k),
                    FrameworkProblems.DuplicateRate,
                    Text.Inv($"A rate between {pair.Item1} and {pair.Item2} is already declared at $.frameworks[{framework}].parameters.exchangeRates[{seen[pair]}]; declare one rate per pair of currencies (it converts both ways)."));
            }
        }
    }
}
