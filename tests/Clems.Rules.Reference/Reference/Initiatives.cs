using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;

namespace Clems.Rules.Reference.Clauses;

/// G9, G10, G11, G14 (integrated projects), and the initiating group's activity (G4, G5): which initiatives may run.
internal static class Initiatives
{
    /// Decides every initiative; returns those found runnable.
    public static HashSet<InitiativeId> Decide(Cluster cluster)
    {
        var runnable = new HashSet<InitiativeId>();
        foreach (var initiative in cluster.Snapshot.Initiatives)
        {
            var gaps = new[]
            {
                MembersOnly(cluster, initiative),
                InitiatorAndRepresentative(cluster, initiative),
                ActionPlanAndFunding(cluster, initiative),
                IntegratedProjectBeneficiaries(cluster, initiative),
                InitiatingGroupActive(cluster, initiative),
            };
            if (gaps.All(ok => ok))
            {
                cluster.Decide(
                    SubjectKind.Initiative, initiative.Id.Value, DecisionOutcome.Runnable, "Initiatives.Runnable", "G9 G10 G11",
                    ["G9.initiated-by-member", "G10.members-only", "G11.action-plan", "G11.funded"]);
                runnable.Add(initiative.Id);
            }
        }

        return runnable;
    }

    /// The organisation the proposing representative acts for (G9).
    public static OrganizationId? RepresentativeOrganization(Cluster cluster, Initiative initiative)
        => initiative.ProposedBy is { } rep
            ? cluster.Representing[rep].Single().Id
            : null;

    /// The organisations an initiator stands for: the initiating member, or the members of the initiating group.
    public static IReadOnlyList<OrganizationId> InitiatorOrganizations(Cluster cluster, Initiative initiative)
        => initiative.Initiator switch
        {
            { Member: { } member } => [member],
            { WorkingGroup: { } group } => WorkingGroups.Group(cluster, group).Members,
            _ => [],
        };

    /// G10: initiator, proposer, beneficiaries and participants are active members; one reason per organisation.
    private static bool MembersOnly(Cluster cluster, Initiative initiative)
    {
        var involved = new List<OrganizationId>();
        if (initiative.Initiator?.Member is { } member)
        {
            involved.Add(member);
        }

        if (RepresentativeOrganization(cluster, initiative) is { } proposer)
        {
            involved.Add(proposer);
        }

        involved.AddRange(initiative.Beneficiaries);
        involved.AddRange(initiative.Participants.Select(p => p.Organization));
        var outsiders = WorkingGroups.Sorted(involved.Where(o => !cluster.IsActive(o)));
        if (outsiders.Count == 0)
        {
            return true;
        }

        var reasons = outsiders.Select(o => "G10." + cluster.StandingOn(o, cluster.AsOf).Code());
        cluster.Decide(SubjectKind.Initiative, initiative.Id.Value, DecisionOutcome.Rejected, "Initiatives.MembersOnly", "G10", reasons);
        return false;
    }

    /// G9: an initiator, and a representative acting for it.
    private static bool InitiatorAndRepresentative(Cluster cluster, Initiative initiative)
    {
        var reasons = new List<string>();
        if (initiative.Initiator is null)
        {
            reasons.Add("G9.no-initiator");
        }

        var representing = RepresentativeOrganization(cluster, initiative);
        if (representing is null)
        {
            reasons.Add("G9.no-representative");
        }
        else if (initiative.Initiator is not null && !InitiatorOrganizations(cluster, initiative).Contains(representing.Value))
        {
            reasons.Add("G9.representative-not-of-initiator");
        }

        if (reasons.Count == 0)
        {
            return true;
        }

        cluster.Decide(SubjectKind.Initiative, initiative.Id.Value, DecisionOutcome.Rejected, "Initiatives.InitiatorAndRepresentative", "G9", reasons);
        return false;
    }

    /// G11: at least one activity, a budget with amounts, and funding in the budget's currency that covers it.
    private static bool ActionPlanAndFunding(Cluster cluster, Initiative initiative)
    {
        var reasons = new List<string>();
        if (initiative.Activities.IsEmpty)
        {
            reasons.Add("G11.no-action-plan");
        }

        var budget = initiative.Budget.Sum(b => b.Amount.Amount);
        if (budget == 0m)
        {
            reasons.Add("G11.no-budget");
            if (initiative.Funding.IsEmpty)
            {
                reasons.Add("G11.no-funding");
            }
        }
        else
        {
            var currency = initiative.Budget[0].Amount.Currency;
            var funded = initiative.Funding.Where(f => f.Amount.Currency == currency).Sum(f => f.Amount.Amount);
            if (funded < budget)
            {
                reasons.Add("G11.funding-short");
                if (initiative.Funding.Any(f => f.Amount.Currency != currency))
                {
                    reasons.Add("G11.funding-other-currency");
                }
            }
        }

        if (reasons.Count == 0)
        {
            return true;
        }

        cluster.Decide(SubjectKind.Initiative, initiative.Id.Value, DecisionOutcome.NotRunnable, "Initiatives.ActionPlanAndFunding", "G11", reasons);
        return false;
    }

    /// G14: an integrated project has an active member among its direct beneficiaries.
    private static bool IntegratedProjectBeneficiaries(Cluster cluster, Initiative initiative)
    {
        if (initiative.Kind != InitiativeKind.IntegratedProject || initiative.Beneficiaries.Any(b => cluster.IsActive(b)))
        {
            return true;
        }

        var reason = initiative.Beneficiaries.IsEmpty ? "G14.no-beneficiary" : "G14.no-member-beneficiary";
        cluster.Decide(SubjectKind.Initiative, initiative.Id.Value, DecisionOutcome.Rejected, "Initiatives.IntegratedProjectBeneficiaries", "G14", [reason]);
        return false;
    }

    /// G4, G5: an initiating working group must be formed, validly formed, not dissolved and at quorum.
    private static bool InitiatingGroupActive(Cluster cluster, Initiative initiative)
    {
        if (initiative.Initiator?.WorkingGroup is not { } id)
        {
            return true;
        }

        var group = WorkingGroups.Group(cluster, id);
        var reasons = new List<string>();
        if (!WorkingGroups.Formed(cluster, group))
        {
            reasons.Add("G4.group-not-yet-formed");
        }

        if (!WorkingGroups.ValidlyFormed(cluster, group))
        {
            reasons.Add("G4.group-formation-invalid");
        }

        if (WorkingGroups.Dissolved(cluster, group))
        {
            reasons.Add("G5.group-dissolved");
        }

        if (!WorkingGroups.AtQuorum(cluster, group))
        {
            reasons.Add("G4.group-below-quorum");
        }

        if (reasons.Count == 0)
        {
            return true;
        }

        cluster.Decide(SubjectKind.Initiative, initiative.Id.Value, DecisionOutcome.Rejected, "WorkingGroups.InitiatingGroupInactive", "G4 G5", reasons);
        return false;
    }
}
