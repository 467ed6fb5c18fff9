using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NRules;

namespace Clems.Rules.Executive;

/// The executive team's capacity (G7, G12): its rule ranks the runnable initiatives the initiative rules find by the
/// contributions of active members, whose standings the area hands to it in one fact. Once the first firing has decided
/// which initiatives are runnable, the area reports the counted member contributions that cannot be compared when the
/// ranking needs them, and the ties that need the executive draw when no seed is published (input problems, with their
/// paths).
internal sealed class ExecutiveArea : GovernanceArea
{
    internal override string Name => "Executive";

    internal override ImmutableArray<AreaProduct> Consumes => [MembershipArea.Standings, InitiativesArea.Initiatives, InitiativesArea.Runnable];

    internal override void Project(ProjectionScope scope)
    {
        scope.Facts.Add(new ContributorStandings(scope.Get(MembershipArea.Standings)));
        scope.Facts.Add(new ExecutiveDraw(scope.Snapshot.LotterySeed));
    }

    internal override void FollowFirstFiring(ProjectionScope scope, ISession session)
    {
        var framework = scope.Context.Framework;
        var runnable = scope.Get(InitiativesArea.Runnable);
        if (!ExecutiveClauses.QueueComparesCommitments(runnable.Count, framework.Parameters.ExecutiveCapacity))
        {
            return;
        }

        var initiatives = scope.Get(InitiativesArea.Initiatives);
        var contributors = new ContributorStandings(scope.Get(MembershipArea.Standings));
        var draw = new ExecutiveDraw(scope.Snapshot.LotterySeed);
        if (ExecutiveClauses.CommitmentsComparable(runnable.Select(id => initiatives[id].Initiative), framework.Parameters, contributors))
        {
            if (draw.Seed is null)
            {
                var compared = CommittedResources.Of(runnable.Select(id => initiatives[id]), framework.Parameters, contributors, draw);
                foreach (var tie in CommittedResources.TiesBeforeDraw(compared))
                {
                    scope.Report(MissingSeed(tie));
                }
            }

            return;
        }

        var positions = new Dictionary<InitiativeId, int>();
        for (var i = 0; i < scope.Snapshot.Initiatives.Length; i++)
        {
            positions[scope.Snapshot.Initiatives[i].Id] = i;
        }

        var entries = CommittedResources.Of(runnable.Select(id => initiatives[id]), framework.Parameters, contributors, draw);
        foreach (var entry in entries.Where(e => e.Amount is null))
        {
            foreach (var problem in Incomparable(entry, framework, contributors, positions[entry.Fact.Initiative.Id]))
            {
                scope.Report(problem);
            }
        }
    }

    /// A tie that only the executive draw can end, with no seed to draw with (G12, G1).
    private static ValidationProblem MissingSeed(List<CommittedResources> tie)
    {
        var first = tie[0];
        var readiness = first.ReadyAt is { } at ? "ready at " + Text.Instant(at) : "no readiness instant recorded";
        var amount = new Money(decimal.Round(first.Compared, 2, System.MidpointRounding.ToEven), first.Amount!.Value.Currency);
        return new ValidationProblem(
            "$.lotterySeed",
            ExecutiveProblems.MissingLotterySeed,
            $"The runnable initiatives exceed the executive capacity, and {Text.List([.. tie.Select(c => c.Fact.Initiative.Id.Value)])} tie on committed resources ({amount}) and readiness ({readiness}), "
            + "so the executive draw must order them (G12), but the scenario publishes no lotterySeed. Publish the seed drawn after the inputs were frozen; initiative ids never decide (G1).");
    }

    /// The counted member contributions of <paramref name="entry"/> that cannot be compared (G12), each at its path; a
    /// contribution that does not count is never compared.
    private static IEnumerable<ValidationProblem> Incomparable(CommittedResources entry, FrameworkVersion framework, ContributorStandings contributors, int index)
    {
        var parameters = framework.Parameters;
        var initiative = entry.Fact.Initiative;
        var funding = initiative.Funding;
        var target = parameters.ComparisonCurrency;
        for (var k = 0; k < funding.Length; k++)
        {
            // Without a comparison currency every counted contribution of the initiative is named: restating any of
            // them in the currency of the others is a fix.
            if (funding[k].Kind != FundingKind.MemberContribution
                || !ExecutiveClauses.Counts(contributors.Of(funding[k]))
                || (target is { } t && parameters.TryConvert(funding[k].Amount, t, out _)))
            {
                continue;
            }

            var fix = target is { } to
                ? $"framework {framework.Id} compares them in {to} and declares no rate between {funding[k].Amount.Currency} and {to}. Add the rate to the framework's exchangeRates, or state the contribution in {to}"
                : $"framework {framework.Id} declares no comparisonCurrency, and other contributions are in another currency. Set the framework's comparisonCurrency and exchangeRates, or state every contribution in one currency";
            yield return new ValidationProblem(
                Text.Inv($"$.initiatives[{index}].funding[{k}].amount.currency"),
                ExecutiveProblems.IncomparableContribution,
                $"The runnable initiatives exceed the executive capacity, so their committed resources must be compared (G12), but the member contribution of {funding[k].Amount} to {initiative.Id} cannot be: {fix}.");
        }
    }
}
