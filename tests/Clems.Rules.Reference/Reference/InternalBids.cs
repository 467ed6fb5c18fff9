using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.InternalBids;

namespace Clems.Rules.Reference.Clauses;

/// G14: an internal bid is feasible when the interested active members' declared expertise covers every required tag.
internal static class InternalBids
{
    public static void Decide(Cluster cluster)
    {
        foreach (var bid in cluster.Snapshot.InternalBids)
        {
            Decide(cluster, bid);
        }
    }

    private static void Decide(Cluster cluster, InternalBid bid)
    {
        var interested = WorkingGroups.Sorted(bid.InterestedMembers);
        var active = interested.Where(o => cluster.IsActive(o)).ToList();
        var declared = active.SelectMany(o => cluster.OrganizationById[o].Expertise).ToHashSet(System.StringComparer.Ordinal);
        var required = bid.RequiredExpertise.Distinct().Order(System.StringComparer.Ordinal).ToList();
        var missing = required.Where(t => !declared.Contains(t)).ToList();
        if (active.Count > 0 && missing.Count == 0)
        {
            var covered = required.Select(_ => "G14.expertise-covered").Prepend("G14.interested-members");
            cluster.Decide(SubjectKind.InternalBid, bid.Id.Value, DecisionOutcome.Feasible, "InternalBids.Feasible", "G14", covered);
            return;
        }

        var reasons = new List<string>();
        if (active.Count == 0)
        {
            reasons.Add("G14.no-interested-member");
        }

        reasons.AddRange(interested.Where(o => !cluster.IsActive(o)).Select(o => "G14.interested-" + cluster.StandingOn(o, cluster.AsOf).Code()));
        reasons.AddRange(missing.Select(_ => "G14.expertise-missing"));
        cluster.Decide(SubjectKind.InternalBid, bid.Id.Value, DecisionOutcome.Infeasible, "InternalBids.Infeasible", "G14", reasons);
    }
}
