using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.SalesAgency;

namespace Clems.Rules.Reference.Clauses;

/// G13: CLEMS acts as sales agent only for an item initiated by members and funded by (at least one) member.
internal static class SalesAgency
{
    public static void Decide(Cluster cluster)
    {
        foreach (var request in cluster.Snapshot.SalesAgencyRequests)
        {
            Decide(cluster, request);
        }
    }

    private static void Decide(Cluster cluster, SalesAgencyRequest request)
    {
        var initiators = WorkingGroups.Sorted(Initiators(cluster, request.Item));
        var initiatedByMembers = initiators.Count > 0 && initiators.All(o => cluster.IsActive(o));
        var fundedByMembers = Funders(cluster, request.Item).Any(f => cluster.IsActive(f.Funder) && f.Amount != 0m);
        var id = request.Id.Value;
        if (initiatedByMembers && fundedByMembers)
        {
            cluster.Decide(SubjectKind.SalesAgencyRequest, id, DecisionOutcome.Approved, "SalesAgency.Approved", "G13",
                ["G13.initiated-by-members", "G13.funded-by-members", "G13.requested-by"]);
            return;
        }

        var reasons = new List<string>();
        if (initiators.Count == 0)
        {
            reasons.Add("G13.no-initiator");
        }

        reasons.AddRange(initiators.Where(o => !cluster.IsActive(o)).Select(o => "G13.initiator-" + cluster.StandingOn(o, cluster.AsOf).Code()));
        if (!fundedByMembers)
        {
            reasons.Add("G13.no-member-funding");
        }

        cluster.Decide(SubjectKind.SalesAgencyRequest, id, DecisionOutcome.Rejected, "SalesAgency.Refused", "G13", reasons);
    }

    /// An initiative's initiators are its initiating member or its initiating group's members.
    private static IEnumerable<OrganizationId> Initiators(Cluster cluster, SalesAgencyItem item)
        => item.Initiative is { } id ? Initiatives.InitiatorOrganizations(cluster, Initiative(cluster, id)) : item.Initiators;

    /// An initiative's funders are its member contributions (with their amounts); a named item's funders count as such.
    private static IEnumerable<(OrganizationId Funder, decimal? Amount)> Funders(Cluster cluster, SalesAgencyItem item)
        => item.Initiative is { } id
            ? Initiative(cluster, id).Funding
                .Where(f => f.Kind == FundingKind.MemberContribution && f.Contributor is not null)
                .Select(f => (f.Contributor!.Value, (decimal?)f.Amount.Amount))
            : item.Funders.Select(f => (f, (decimal?)null));

    private static Initiative Initiative(Cluster cluster, InitiativeId id) => cluster.InitiativeById[id];
}
