using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Framework;

using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

/// The checks of executive capacity (G12), sales agency (G13), internal bids (G14) and cluster routes (G15).
internal static partial class SnapshotValidator
{
    private static void ValidateExec(ValidationScope scope)
    {
        var snapshot = scope.Snapshot;
        for (var i = 0; i < snapshot.Frameworks.Length; i++)
        {
            var rates = snapshot.Frameworks[i].Parameters.ExchangeRates;
            var seen = new Dictionary<(Currency, Currency), int>();
            for (var k = 0; k < rates.Length; k++)
            {
                var pair = string.CompareOrdinal(rates[k].From.Code, rates[k].To.Code) < 0 ? (rates[k].From, rates[k].To) : (rates[k].To, rates[k].From);
                if (!seen.TryAdd(pair, k))
                {
                    scope.Problems.Add(new(
                        Text.Inv($"$.frameworks[{i}].parameters.exchangeRates[{k}]"),
                        Text.Inv($"A rate between {pair.Item1} and {pair.Item2} is already declared at $.frameworks[{i}].parameters.exchangeRates[{seen[pair]}]; declare one rate per pair of currencies (it converts both ways).")));
                }
            }
        }

        UniqueIds(scope, snapshot.SalesAgencyRequests, r => r.Id.Value, "$.salesAgencyRequests", "sales-agency request");
        for (var i = 0; i < snapshot.SalesAgencyRequests.Length; i++)
        {
            var request = snapshot.SalesAgencyRequests[i];
            var at = new ItemPath("$.salesAgencyRequests", i);
            CheckOrganization(scope, request.RequestedBy.Value, at.Then(".requestedBy"));
            if (request.Item.Initiative is { } initiative)
            {
                CheckInitiative(scope, initiative.Value, at.Then(".item.initiative"));
            }

            for (var k = 0; k < request.Item.Initiators.Length; k++)
            {
                CheckOrganization(scope, request.Item.Initiators[k].Value, at.Then(".item.initiators", k));
            }

            for (var k = 0; k < request.Item.Funders.Length; k++)
            {
                CheckOrganization(scope, request.Item.Funders[k].Value, at.Then(".item.funders", k));
            }
        }

        UniqueIds(scope, snapshot.InternalBids, b => b.Id.Value, "$.internalBids", "internal bid");
        for (var i = 0; i < snapshot.InternalBids.Length; i++)
        {
            var bid = snapshot.InternalBids[i];
            if (bid.RequiredExpertise.IsEmpty)
            {
                scope.Problems.Add(new(Text.Inv($"$.internalBids[{i}].requiredExpertise"), $"Internal bid '{bid.Id}' requires no expertise; list the expertise tags it needs (G14)."));
            }

            CheckOrganizations(scope.Problems, bid.InterestedMembers, scope.Organizations, k => Text.Inv($"$.internalBids[{i}].interestedMembers[{k}]"));
        }

        var opportunities = UniqueIds(scope, snapshot.Opportunities, o => o.Id.Value, "$.opportunities", "opportunity");
        for (var i = 0; i < snapshot.Opportunities.Length; i++)
        {
            if (snapshot.Opportunities[i].ThematicAreas.IsEmpty)
            {
                scope.Problems.Add(new(Text.Inv($"$.opportunities[{i}].thematicAreas"), $"Opportunity '{snapshot.Opportunities[i].Id}' names no thematic area; list at least one of W1–W9 (G15)."));
            }
        }

        var pairs = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < snapshot.ClusterRouteRequests.Length; i++)
        {
            var request = snapshot.ClusterRouteRequests[i];
            var at = new ItemPath("$.clusterRouteRequests", i);
            CheckOrganization(scope, request.Organization.Value, at.Then(".organization"));
            if (!opportunities.ContainsKey(request.Opportunity.Value))
            {
                scope.Problems.Add(new(at.Then(".opportunity").ToString(), Dangling("opportunity", request.Opportunity.Value, "$.opportunities")));
            }

            if (!pairs.TryAdd(request.SubjectId, i))
            {
                scope.Problems.Add(new(at.ToString(), Text.Inv($"Organisation '{request.Organization}' already asks about opportunity '{request.Opportunity}' at $.clusterRouteRequests[{pairs[request.SubjectId]}]; ask once.")));
            }
        }
    }

    /// The checks that depend on the framework in force (G15): an organisation's resources and an opportunity's needs in
    /// different currencies need an exchange rate that framework declares. (G12's committed resources are compared only
    /// when runnable initiatives must queue, so the capacity rule reports those problems: see CommittedResources.)
    internal static IReadOnlyList<ValidationProblem> ValidateInForce(ClusterSnapshot snapshot, FrameworkVersion framework)
    {
        var problems = new List<ValidationProblem>();
        var parameters = framework.Parameters;
        var organizations = snapshot.Organizations.ToDictionary(o => o.Id);
        var opportunities = snapshot.Opportunities.ToDictionary(o => o.Id);
        for (var i = 0; i < snapshot.ClusterRouteRequests.Length; i++)
        {
            var request = snapshot.ClusterRouteRequests[i];
            if (organizations.TryGetValue(request.Organization, out var organization)
                && opportunities.TryGetValue(request.Opportunity, out var opportunity)
                && organization.Resources is { } resources
                && opportunity.ResourcesNeeded is { } needed
                && !parameters.TryConvert(resources, needed.Currency, out _))
            {
                problems.Add(new(Text.Inv($"$.clusterRouteRequests[{i}]"), Text.Inv(
                    $"The resources of {organization.Id}, {resources}, cannot be compared with the {needed} that opportunity {opportunity.Id} needs (G15): framework {framework.Id} declares no rate between {resources.Currency} and {needed.Currency}. Add the rate to the framework's exchangeRates, or state both amounts in one currency.")));
            }
        }

        return problems;
    }
}
