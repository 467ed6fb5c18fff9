using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Reference.Clauses;

/// G2, G4, G5, G6: formation, quorum, proposals to dissolve or transform.
internal static class WorkingGroups
{
    public static void Decide(Cluster cluster)
    {
        foreach (var group in cluster.Snapshot.WorkingGroups)
        {
            DecideFormation(cluster, group);
            DecideQuorum(cluster, group);
        }

        foreach (var proposal in cluster.Snapshot.WorkingGroupProposals)
        {
            DecideProposal(cluster, proposal);
        }
    }

    /// G4: the minimum of the framework in force on the formation date (the as-of one when none was).
    public static int FormationMinimum(Cluster cluster, WorkingGroup group)
        => (cluster.FrameworkOn(group.FormedOn) ?? cluster.Framework).Parameters.MinimumWorkingGroupSize;

    public static bool ValidlyFormed(Cluster cluster, WorkingGroup group)
        => group.Members.Count(m => cluster.IsActive(m, group.FormedOn)) >= FormationMinimum(cluster, group);

    public static bool Formed(Cluster cluster, WorkingGroup group) => group.FormedOn <= cluster.AsOf;

    public static bool AtQuorum(Cluster cluster, WorkingGroup group)
        => group.Members.Count(m => cluster.IsActive(m)) >= cluster.Parameters.MinimumWorkingGroupSize;

    /// G5: a proposal counts when every proposer is in the group and an active member on the proposal date.
    public static bool ValidProposal(Cluster cluster, WorkingGroupProposal proposal)
    {
        var group = Group(cluster, proposal.Group);
        return proposal.ProposedBy.All(p => group.Members.Contains(p) && cluster.IsActive(p, proposal.ProposedOn));
    }

    public static IEnumerable<WorkingGroupProposal> ValidProposals(Cluster cluster, WorkingGroup group, WorkingGroupProposalKind kind)
        => cluster.ProposalsAbout[group.Id]
            .Where(p => p.Kind == kind && ValidProposal(cluster, p))
            .OrderBy(p => p.EffectiveFrom)
            .ThenBy(p => p.Id.Value, System.StringComparer.Ordinal);

    public static bool Dissolved(Cluster cluster, WorkingGroup group)
        => ValidProposals(cluster, group, WorkingGroupProposalKind.Dissolve).Any(p => p.EffectiveFrom <= cluster.AsOf);

    public static WorkingGroup Group(Cluster cluster, WorkingGroupId id) => cluster.GroupById[id];

    private static void DecideFormation(Cluster cluster, WorkingGroup group)
    {
        var inactiveFounders = Sorted(group.Members.Where(m => !cluster.IsActive(m, group.FormedOn)));
        if (!ValidlyFormed(cluster, group))
        {
            var rejected = inactiveFounders.Select(m => "G4.founder-" + cluster.StandingOn(m, group.FormedOn).Code()).Append("G4.too-few-founders");
            cluster.Decide(SubjectKind.WorkingGroup, group.Id.Value, DecisionOutcome.Rejected, "WorkingGroups.InvalidFormation", "G4", rejected);
            return;
        }

        var reasons = new List<string> { "G4.founded-by-members" };
        reasons.AddRange(inactiveFounders.Select(_ => "G4.founder-not-counted"));
        if (!Formed(cluster, group))
        {
            reasons.Add("G4.not-yet-formed");
        }

        reasons.Add("G6.thematic-area");
        reasons.Add("G2.objective");
        var transformations = ValidProposals(cluster, group, WorkingGroupProposalKind.Transform).ToList();
        reasons.AddRange(transformations.Where(t => t.EffectiveFrom <= cluster.AsOf).Select(_ => "G5.transformed"));
        reasons.AddRange(transformations.Where(t => t.EffectiveFrom > cluster.AsOf).Select(_ => "G5.transformation-pending"));
        reasons.Add("G2.portfolio");
        if (Dissolved(cluster, group))
        {
            reasons.Add("G5.dissolved");
        }

        cluster.Decide(SubjectKind.WorkingGroup, group.Id.Value, DecisionOutcome.Approved, "WorkingGroups.ValidFormation", "G2 G4 G5 G6", reasons);
    }

    private static void DecideQuorum(Cluster cluster, WorkingGroup group)
    {
        if (!ValidlyFormed(cluster, group) || !Formed(cluster, group) || Dissolved(cluster, group) || AtQuorum(cluster, group))
        {
            return;
        }

        var reasons = Sorted(group.Members.Where(m => !cluster.IsActive(m)))
            .Select(m => "G4.member-" + cluster.StandingOn(m, cluster.AsOf).Code())
            .Append("G4.below-quorum");
        cluster.Decide(SubjectKind.WorkingGroup, group.Id.Value, DecisionOutcome.Flagged, "WorkingGroups.BelowQuorum", "G4", reasons);
    }

    private static void DecideProposal(Cluster cluster, WorkingGroupProposal proposal)
    {
        var id = proposal.Id.Value;
        if (ValidProposal(cluster, proposal))
        {
            var kind = proposal.Kind == WorkingGroupProposalKind.Dissolve ? "G5.dissolution" : "G5.transformation";
            cluster.Decide(SubjectKind.WorkingGroupProposal, id, DecisionOutcome.Approved, "WorkingGroups.ValidProposal", "G5", ["G5.proposed-by-members", kind]);
            return;
        }

        var group = Group(cluster, proposal.Group);
        var reasons = new List<string>();
        foreach (var proposer in Sorted(proposal.ProposedBy))
        {
            if (!group.Members.Contains(proposer))
            {
                reasons.Add("G5.proposer-not-in-group");
            }

            if (!cluster.IsActive(proposer, proposal.ProposedOn))
            {
                reasons.Add("G5.proposer-" + cluster.StandingOn(proposer, proposal.ProposedOn).Code());
            }
        }

        cluster.Decide(SubjectKind.WorkingGroupProposal, id, DecisionOutcome.Rejected, "WorkingGroups.InvalidProposal", "G5", reasons);
    }

    internal static List<Membership.OrganizationId> Sorted(IEnumerable<Membership.OrganizationId> ids)
        => [.. ids.Distinct().OrderBy(i => i.Value, System.StringComparer.Ordinal)];
}
