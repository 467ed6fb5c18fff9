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
/// ranking needs them (an input problem, with its path).
internal sealed class ExecutiveArea : GovernanceArea
{
    internal override string Name => "Executive";

    internal override ImmutableArray<AreaProduct> Consumes => [MembershipArea.Standings, InitiativesArea.Initiatives, InitiativesArea.Runnable];

    internal override void Project(ProjectionScope scope)
        => scope.Facts.Add(new ContributorStandings(scope.Get(MembershipArea.Standings)));

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
        if (ExecutiveClauses.CommitmentsComparable(runnable.Select(id => initiatives[id].Initiative), framework.Parameters, contributors))
        {
            return;
        }

        var positions = new Dictionary<InitiativeId, int>();
        for (var i = 0; i < scope.Snapshot.Initiatives.Length; i++)
        {
            positions[scope.Snapshot.Initiatives[i].Id] = i;
        }

        var entries = CommittedResources.Of(runnable.Select(id => initiatives[id]), framework.Parameters, contributors);
        foreach (var entry in entries.Where(e => e.Amount is null))
        {
            foreach (var problem in Incomparable(entry, framework, contributors, positions[entry.Fact.Initiative.Id]))
            {
                scope.Report(problem);
            }
        }
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
