using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.ClusterRoutes;
using Clems.Rules.Decisions;
using Clems.Rules.Initiatives;
using Clems.Rules.InternalBids;
using Clems.Rules.Membership;
using Clems.Rules.SalesAgency;

namespace Clems.Rules.Engine;

/// The facts of integrated projects (G14), sales agency (G13), internal bids (G14) and cluster routes (G15). Executive
/// capacity (G12) needs none: it ranks the runnable initiatives the initiative rules find.
internal static partial class FactProjection
{
    private static void ProjectExec(ProjectionScope scope)
    {
        var positions = new Dictionary<InitiativeId, int>();
        for (var i = 0; i < scope.Snapshot.Initiatives.Length; i++)
        {
            positions[scope.Snapshot.Initiatives[i].Id] = i;
        }

        scope.Facts.Add(new Executive.SnapshotPositions(positions));
        foreach (var fact in scope.Initiatives.Values.Where(f => f.Initiative.Kind == InitiativeKind.IntegratedProject).OrderBy(f => f.Initiative.Id))
        {
            scope.Facts.Add(new IntegratedProjectFact
            {
                Initiative = fact,
                Beneficiaries = [.. fact.Initiative.Beneficiaries.Order().Select(b => scope.Standings[b])],
            });
        }

        foreach (var request in scope.Snapshot.SalesAgencyRequests.OrderBy(r => r.Id))
        {
            scope.Facts.Add(ProjectSalesAgency(scope, request));
        }

        foreach (var bid in scope.Snapshot.InternalBids.OrderBy(b => b.Id))
        {
            var interested = bid.InterestedMembers.Order().Select(o => scope.Standings[o]).ToImmutableArray();
            var declared = interested.Where(i => i.IsActive).SelectMany(i => i.Organization.Expertise).ToHashSet(System.StringComparer.Ordinal);
            scope.Facts.Add(new InternalBidFact
            {
                Bid = bid,
                Subject = new DecisionSubject(SubjectKind.InternalBid, bid.Id.Value),
                Interested = interested,
                Missing = [.. bid.RequiredExpertise.Where(t => !declared.Contains(t)).Distinct().Order(System.StringComparer.Ordinal)],
            });
        }

        var opportunities = scope.Snapshot.Opportunities.ToDictionary(o => o.Id);
        foreach (var request in scope.Snapshot.ClusterRouteRequests.OrderBy(r => r.SubjectId, System.StringComparer.Ordinal))
        {
            var organization = scope.Standings[request.Organization].Organization;
            var opportunity = opportunities[request.Opportunity];
            Money? compared = null;
            if (organization.Resources is { } resources && opportunity.ResourcesNeeded is { } needed)
            {
                // The validator checked that the framework in force declares the rate (G15).
                compared = scope.Context.Framework.Parameters.TryConvert(resources, needed.Currency, out var converted)
                    ? converted
                    : throw new System.InvalidOperationException($"No exchange rate between {resources.Currency} and {needed.Currency}; validate the snapshot first.");
            }

            scope.Facts.Add(new ClusterRouteFact
            {
                Request = request,
                Subject = new DecisionSubject(SubjectKind.ClusterRoute, request.SubjectId),
                Organization = organization,
                Opportunity = opportunity,
                SharedAreas = [.. organization.ThematicAreas.Intersect(opportunity.ThematicAreas).Order()],
                ResourcesCompared = compared,
            });
        }
    }

    private static SalesAgencyRequestFact ProjectSalesAgency(ProjectionScope scope, SalesAgencyRequest request)
    {
        var item = request.Item;
        ImmutableArray<MemberStanding> initiators;
        ImmutableArray<SalesAgencyFunder> funders;
        string description;
        string? source = null;
        if (item.Initiative is { } id)
        {
            var initiative = scope.Initiatives[id].Initiative;
            description = $"initiative {initiative.Title} ({initiative.Id})";
            IEnumerable<OrganizationId> ids = [];
            if (initiative.Initiator?.Member is { } member)
            {
                ids = [member];
            }
            else if (initiative.Initiator?.WorkingGroup is { } group)
            {
                ids = scope.Groups[group].Members;
                source = $"the members of working group {group}, which initiated it";
            }

            initiators = [.. ids.Distinct().Order().Select(o => scope.Standings[o])];
            funders = [.. initiative.Funding
                .Where(f => f.Kind == FundingKind.MemberContribution)
                .OrderBy(f => f.Contributor!.Value)
                .Select(f => new SalesAgencyFunder(scope.Standings[f.Contributor!.Value], f.Amount))];
        }
        else
        {
            description = $"product or service \"{item.Name}\"";
            initiators = [.. item.Initiators.Distinct().Order().Select(o => scope.Standings[o])];
            funders = [.. item.Funders.Distinct().Order().Select(o => new SalesAgencyFunder(scope.Standings[o], null))];
        }

        return new SalesAgencyRequestFact
        {
            Request = request,
            Subject = new DecisionSubject(SubjectKind.SalesAgencyRequest, request.Id.Value),
            Requester = scope.Standings[request.RequestedBy],
            Item = description,
            InitiatorsSource = source,
            Initiators = initiators,
            Funders = funders,
        };
    }
}
