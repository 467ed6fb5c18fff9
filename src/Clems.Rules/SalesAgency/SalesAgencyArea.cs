using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;

namespace Clems.Rules.SalesAgency;

/// Requests for CLEMS to act as sales agent (G13): the requester, the item's initiators and funders resolved, from the
/// initiative when the item is one.
internal sealed class SalesAgencyArea : GovernanceArea
{
    /// <c>$.salesAgencyRequests</c>.
    internal static readonly IdentifiedArray Requests = IdentifiedArray.Of("sales-agency request", "$.salesAgencyRequests", s => s.SalesAgencyRequests, r => r.Id.Value);

    internal override string Name => "SalesAgency";

    internal override ImmutableArray<IdentifiedArray> Identities => [Requests];

    internal override ImmutableArray<AreaProduct> Consumes => [MembershipArea.Standings, InitiativesArea.Initiatives];

    internal override void Validate(ValidationScope scope)
    {
        for (var i = 0; i < scope.Snapshot.SalesAgencyRequests.Length; i++)
        {
            var request = scope.Snapshot.SalesAgencyRequests[i];
            var at = new ItemPath("$.salesAgencyRequests", i);
            scope.CheckReference(MembershipArea.Organizations, request.RequestedBy.Value, at.Then(".requestedBy"));
            if (request.Item.Initiative is { } initiative)
            {
                scope.CheckReference(InitiativesArea.InitiativeIds, initiative.Value, at.Then(".item.initiative"));
            }

            for (var k = 0; k < request.Item.Initiators.Length; k++)
            {
                scope.CheckReference(MembershipArea.Organizations, request.Item.Initiators[k].Value, at.Then(".item.initiators", k));
            }

            for (var k = 0; k < request.Item.Funders.Length; k++)
            {
                scope.CheckReference(MembershipArea.Organizations, request.Item.Funders[k].Value, at.Then(".item.funders", k));
            }
        }
    }

    internal override void Project(ProjectionScope scope)
    {
        var standings = scope.Get(MembershipArea.Standings);
        var initiatives = scope.Get(InitiativesArea.Initiatives);
        foreach (var request in scope.Snapshot.SalesAgencyRequests.OrderBy(r => r.Id))
        {
            scope.Facts.Add(Project(request, standings, initiatives));
        }
    }

    private static SalesAgencyRequestFact Project(
        SalesAgencyRequest request,
        Dictionary<OrganizationId, MemberStanding> standings,
        Dictionary<InitiativeId, InitiativeFact> initiatives)
    {
        var item = request.Item;
        ImmutableArray<MemberStanding> initiators;
        ImmutableArray<SalesAgencyFunder> funders;
        string description;
        string? source = null;
        if (item.Initiative is { } id)
        {
            var fact = initiatives[id];
            var initiative = fact.Initiative;
            description = $"initiative {initiative.Title} ({initiative.Id})";
            IEnumerable<OrganizationId> ids = [];
            if (initiative.Initiator?.Member is { } member)
            {
                ids = [member];
            }
            else if (fact.InitiatorGroup is { } group)
            {
                ids = group.Members;
                source = $"the members of working group {group.Id}, which initiated it";
            }

            initiators = [.. ids.Distinct().Order().Select(o => standings[o])];
            funders = [.. initiative.Funding
                .Where(f => f.Kind == FundingKind.MemberContribution)
                .OrderBy(f => f.Contributor!.Value)
                .Select(f => new SalesAgencyFunder(standings[f.Contributor!.Value], f.Amount))];
        }
        else
        {
            description = $"product or service \"{item.Name}\"";
            initiators = [.. item.Initiators.Distinct().Order().Select(o => standings[o])];
            funders = [.. item.Funders.Distinct().Order().Select(o => new SalesAgencyFunder(standings[o], null))];
        }

        return new SalesAgencyRequestFact
        {
            Request = request,
            Subject = DecisionSubject.SalesAgencyRequest(request.Id),
            Requester = standings[request.RequestedBy],
            Item = description,
            InitiatorsSource = source,
            Initiators = initiators,
            Funders = funders,
        };
    }
}
