using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.ClusterRoutes;

/// Opportunities and the questions "should this organisation pursue it through the cluster?" (G15): references that
/// resolve, one question per pair, amounts the framework in force can compare; one fact per question with the shared
/// thematic areas and the organisation's resources in the opportunity's currency.
internal sealed class ClusterRoutesArea : GovernanceArea
{
    /// <c>$.opportunities</c>.
    internal static readonly IdentifiedArray Opportunities = IdentifiedArray.Of("opportunity", "$.opportunities", s => s.Opportunities, o => o.Id.Value);

    internal override string Name => "ClusterRoutes";

    internal override ImmutableArray<IdentifiedArray> Identities => [Opportunities];

    internal override ImmutableArray<AreaProduct> Consumes => [MembershipArea.Standings];

    internal override void Validate(ValidationScope scope)
    {
        var snapshot = scope.Snapshot;
        for (var i = 0; i < snapshot.Opportunities.Length; i++)
        {
            if (snapshot.Opportunities[i].ThematicAreas.IsEmpty)
            {
                scope.Add(new ItemPath("$.opportunities", i).Then(".thematicAreas"), ClusterRoutesProblems.NoThematicArea, $"Opportunity '{snapshot.Opportunities[i].Id}' names no thematic area; list at least one of W1–W9 (G15).");
            }
        }

        var pairs = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < snapshot.ClusterRouteRequests.Length; i++)
        {
            var request = snapshot.ClusterRouteRequests[i];
            var at = new ItemPath("$.clusterRouteRequests", i);
            scope.CheckReference(MembershipArea.Organizations, request.Organization.Value, at.Then(".organization"));
            scope.CheckReference(Opportunities, request.Opportunity.Value, at.Then(".opportunity"));
            if (!pairs.TryAdd(request.SubjectId, i))
            {
                scope.Add(at, ClusterRoutesProblems.DuplicateRequest, Text.Inv($"Organisation '{request.Organization}' already asks about opportunity '{request.Opportunity}' at $.clusterRouteRequests[{pairs[request.SubjectId]}]; ask once."));
            }
        }
    }

    /// G15: an organisation's resources and an opportunity's needs in different currencies need an exchange rate that
    /// the framework in force declares.
    internal override void ValidateInForce(ValidationScope scope, FrameworkVersion framework)
    {
        var snapshot = scope.Snapshot;
        var organizations = snapshot.Organizations.ToDictionary(o => o.Id);
        var opportunities = snapshot.Opportunities.ToDictionary(o => o.Id);
        for (var i = 0; i < snapshot.ClusterRouteRequests.Length; i++)
        {
            var request = snapshot.ClusterRouteRequests[i];
            if (organizations.TryGetValue(request.Organization, out var organization)
                && opportunities.TryGetValue(request.Opportunity, out var opportunity)
                && organization.Resources is { } resources
                && opportunity.ResourcesNeeded is { } needed
                && !framework.Parameters.TryConvert(resources, needed.Currency, out _))
            {
                scope.Add(new ItemPath("$.clusterRouteRequests", i), ClusterRoutesProblems.NoExchangeRate, Text.Inv(
                    $"The resources of {organization.Id}, {resources}, cannot be compared with the {needed} that opportunity {opportunity.Id} needs (G15): framework {framework.Id} declares no rate between {resources.Currency} and {needed.Currency}. Add the rate to the framework's exchangeRates, or state both amounts in one currency."));
            }
        }
    }

    internal override void Project(ProjectionScope scope)
    {
        var standings = scope.Get(MembershipArea.Standings);
        var opportunities = scope.Snapshot.Opportunities.ToDictionary(o => o.Id);
        foreach (var request in scope.Snapshot.ClusterRouteRequests.OrderBy(r => r.SubjectId, System.StringComparer.Ordinal))
        {
            var organization = standings[request.Organization].Organization;
            var opportunity = opportunities[request.Opportunity];
            Money? compared = null;
            if (organization.Resources is { } resources && opportunity.ResourcesNeeded is { } needed)
            {
                // ValidateInForce checked that the framework in force declares the rate (G15).
                compared = scope.Context.Framework.Parameters.TryConvert(resources, needed.Currency, out var converted)
                    ? converted
                    : throw new System.InvalidOperationException($"No exchange rate between {resources.Currency} and {needed.Currency}; validate the snapshot first.");
            }

            scope.Facts.Add(new ClusterRouteFact
            {
                Request = request,
                Subject = DecisionSubject.ClusterRoute(request.Organization, request.Opportunity),
                Organization = organization,
                Opportunity = opportunity,
                SharedAreas = [.. organization.ThematicAreas.Intersect(opportunity.ThematicAreas).Order()],
                ResourcesCompared = compared,
            });
        }
    }
}
