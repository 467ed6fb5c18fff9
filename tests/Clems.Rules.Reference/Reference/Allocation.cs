using System;
using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Decisions;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.Reference.Clauses;

/// G3, G8, G10, G16: who takes part in a project. Eligibility, agreed competition rules, then member-proposing deferred
/// acceptance with caps over the key of docs/allocation.md.
internal static class Allocation
{
    public static void Decide(Cluster cluster, IReadOnlySet<InitiativeId> runnable)
    {
        var allocated = new List<(ProjectPlaces Project, List<Interest> Eligible)>();
        foreach (var project in cluster.Snapshot.Projects)
        {
            var eligible = Eligibility(cluster, project, runnable.Contains(project.Initiative));
            if (!runnable.Contains(project.Initiative))
            {
                cluster.Decide(SubjectKind.Project, project.Initiative.Value, DecisionOutcome.NotAllocated, "Allocation.ProjectNotRunnable", "G11 G16", ["G16.project-not-runnable"]);
            }
            else if (AgreedRules(cluster, project, eligible))
            {
                allocated.Add((project, eligible));
            }
        }

        var held = DeferredAcceptance(cluster, allocated);
        foreach (var (project, eligible) in allocated)
        {
            Explain(cluster, project, eligible, held);
        }
    }

    /// Decides every ineligible interest of the project; returns the eligible ones.
    private static List<Interest> Eligibility(Cluster cluster, ProjectPlaces project, bool runnable)
    {
        var eligible = new List<Interest>();
        foreach (var interest in cluster.Snapshot.Interests.Where(i => i.Project == project.Initiative))
        {
            var reasons = IneligibleBecause(cluster, project, interest, runnable);
            if (reasons.Count == 0)
            {
                eligible.Add(interest);
                continue;
            }

            cluster.Decide(SubjectKind.Interest, SubjectId(interest), DecisionOutcome.Ineligible, "Allocation.Eligibility", "G3 G8 G10 G16", reasons);
        }

        return eligible;
    }

    private static List<string> IneligibleBecause(Cluster cluster, ProjectPlaces project, Interest interest, bool runnable)
    {
        var reasons = new List<string>();
        if (!runnable)
        {
            reasons.Add("G16.project-not-runnable");
        }

        if (!cluster.IsActive(interest.Member))
        {
            reasons.Add("G10." + cluster.StandingOn(interest.Member, cluster.AsOf).Code());
        }

        if (project.RequiresPreparationCommitment && !PreparationCommitment(cluster, interest))
        {
            reasons.Add("G8.no-preparation-commitment");
        }

        var initiative = cluster.Snapshot.Initiatives.Single(i => i.Id == project.Initiative);
        if (initiative.Confidential)
        {
            var participant = initiative.Participants.FirstOrDefault(p => p.Organization == interest.Member);
            if (Confidentiality.Agreement(cluster, initiative.Id, interest.Member) is null)
            {
                reasons.Add("G3.no-agreement");
            }
            else if (participant is not null && Confidentiality.Blocked(cluster, initiative, participant))
            {
                reasons.Add("G3.blocked-participant");
            }
        }

        return reasons;
    }

    /// G16: an oversubscribed project needs rules every eligible member agreed to strictly before the freeze.
    private static bool AgreedRules(Cluster cluster, ProjectPlaces project, List<Interest> eligible)
    {
        if (eligible.Count <= project.Places)
        {
            return true;
        }

        var competition = project.Competition;
        var notAgreed = competition is null || eligible.Any(i => !competition.Agreements.Any(a => a.Member == i.Member && a.AgreedAt < competition.FreezeAt));
        if (!notAgreed)
        {
            return true;
        }

        cluster.Decide(SubjectKind.Project, project.Initiative.Value, DecisionOutcome.NotAllocated, "Allocation.NoAgreedRules", "G16",
            ["G16.oversubscribed", competition is null ? "G16.no-competition-rules" : "G16.rules-not-agreed"]);
        foreach (var interest in eligible)
        {
            cluster.Decide(SubjectKind.Interest, SubjectId(interest), DecisionOutcome.Waitlisted, "Allocation.NoAgreedRules", "G16", ["G16.project-not-allocated"]);
        }

        return false;
    }

    private static void Explain(Cluster cluster, ProjectPlaces project, List<Interest> eligible, Proposals proposals)
    {
        var admitted = eligible.Where(proposals.Held.Contains).ToList();
        var reasons = new List<string> { "G16.places", "G8.key" };
        if (project.Places > 0 && admitted.Count == project.Places)
        {
            reasons.Add("G16.cutoff");
        }

        cluster.Decide(SubjectKind.Project, project.Initiative.Value, DecisionOutcome.Allocated, "Allocation.Outcome", "G8 G16", reasons);
        foreach (var interest in eligible)
        {
            var (outcome, reason) = proposals.Held.Contains(interest) ? (DecisionOutcome.Admitted, "G16.admitted")
                : !proposals.Made.Contains(interest) ? (DecisionOutcome.Waitlisted, "G16.not-reached")
                : project.Places == 0 ? (DecisionOutcome.Waitlisted, "G16.no-places")
                : (DecisionOutcome.Waitlisted, "G16.below-cutoff");
            cluster.Decide(SubjectKind.Interest, SubjectId(interest), outcome, "Allocation.Outcome", "G8 G16", [reason]);
        }
    }

    private sealed record Proposals(HashSet<Interest> Made, HashSet<Interest> Held);

    /// Member-proposing deferred acceptance: each member proposes down its own order while it holds fewer places than
    /// its cap; each project keeps its best `places` proposals by key and refuses the rest; refused members go on.
    private static Proposals DeferredAcceptance(Cluster cluster, List<(ProjectPlaces Project, List<Interest> Eligible)> projects)
    {
        var places = projects.ToDictionary(p => p.Project.Initiative, p => p.Project);
        var orders = projects.SelectMany(p => p.Eligible)
            .GroupBy(i => i.Member)
            .ToDictionary(g => g.Key, g => MemberOrder(cluster, g.Key, g));
        var next = orders.Keys.ToDictionary(m => m, _ => 0);
        var made = new HashSet<Interest>();
        var held = places.Keys.ToDictionary(p => p, _ => new List<Interest>());
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var member in orders.Keys.OrderBy(m => m.Value, StringComparer.Ordinal))
            {
                while (held.Values.Sum(h => h.Count(i => i.Member == member)) < Cap(cluster, member) && next[member] < orders[member].Count)
                {
                    var interest = orders[member][next[member]++];
                    made.Add(interest);
                    changed = true;
                    var holding = held[interest.Project];
                    holding.Add(interest);
                    holding.Sort((a, b) => CompareKeys(cluster, places[interest.Project], a, b));
                    if (holding.Count > places[interest.Project].Places)
                    {
                        holding.RemoveAt(holding.Count - 1);
                    }
                }
            }
        }

        var result = new Proposals(made, [.. held.Values.SelectMany(h => h)]);
        CheckTiesNeedNoLottery(cluster, projects, result);
        return result;
    }

    /// The member's order: its ranking first, then larger own committed money, then earlier interest, then project id.
    private static List<Interest> MemberOrder(Cluster cluster, OrganizationId member, IEnumerable<Interest> interests)
    {
        var ranking = cluster.Snapshot.MemberPreferences.FirstOrDefault(p => p.Member == member)?.Ranking ?? [];
        return [.. interests
            .OrderBy(i => ranking.Contains(i.Project) ? ranking.IndexOf(i.Project) : int.MaxValue)
            .ThenByDescending(i => CommittedMoney(cluster, i))
            .ThenBy(i => i.ShownAt)
            .ThenBy(i => i.Project.Value, StringComparer.Ordinal)];
    }

    private static int Cap(Cluster cluster, OrganizationId member)
        => cluster.Snapshot.MemberPreferences.FirstOrDefault(p => p.Member == member)?.Cap ?? int.MaxValue;

    /// The key, smaller first: preparation commitment, the agreed (or default) criteria, the lottery, the member id.
    private static int CompareKeys(Cluster cluster, ProjectPlaces project, Interest a, Interest b)
    {
        var order = CompareBeforeLottery(cluster, project, a, b);
        if (order != 0)
        {
            return order;
        }

        if (cluster.Snapshot.LotterySeed is { } seed)
        {
            var scope = project.Competition?.LotteryScope == LotteryScope.Cluster ? string.Empty : project.Initiative.Value;
            order = Lottery.Ticket(seed, scope, a.Member.Value).CompareTo(Lottery.Ticket(seed, scope, b.Member.Value));
        }

        return order != 0 ? order : string.CompareOrdinal(a.Member.Value, b.Member.Value);
    }

    private static int CompareBeforeLottery(Cluster cluster, ProjectPlaces project, Interest a, Interest b)
    {
        var order = PreparationCommitment(cluster, b).CompareTo(PreparationCommitment(cluster, a));
        foreach (var criterion in Criteria(cluster, project))
        {
            if (order != 0)
            {
                return order;
            }

            order = criterion switch
            {
                CompetitionCriterion.CommittedAmount => CommittedMoney(cluster, b).CompareTo(CommittedMoney(cluster, a)),
                CompetitionCriterion.EarlierCommitment => Earlier(FirstCommitment(cluster, a), FirstCommitment(cluster, b)),
                CompetitionCriterion.Involvement => Involvement(cluster, b).CompareTo(Involvement(cluster, a)),
                CompetitionCriterion.MembershipSeniority => Earlier(Seniority(cluster, a), Seniority(cluster, b)),
                _ => 0,
            };
        }

        return order;
    }

    private static System.Collections.Immutable.ImmutableArray<CompetitionCriterion> Criteria(Cluster cluster, ProjectPlaces project)
        => project.Competition is { Criteria.IsEmpty: false } competition ? competition.Criteria : cluster.Parameters.DefaultCompetitionCriteria;

    /// "Earlier is better; none is last."
    private static int Earlier<T>(T? a, T? b)
        where T : struct, IComparable<T>
        => (a, b) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            _ => a.Value.CompareTo(b.Value),
        };

    private static IEnumerable<ResourceCommitment> Commitments(Cluster cluster, Interest interest)
        => cluster.Snapshot.Commitments.Where(c => c.Member == interest.Member && c.Project == interest.Project);

    private static bool PreparationCommitment(Cluster cluster, Interest interest)
        => Commitments(cluster, interest).Any(c => c.Phase == CommitmentPhase.Preparation);

    private static decimal CommittedMoney(Cluster cluster, Interest interest)
        => Commitments(cluster, interest).Sum(c => c.Amount?.Amount ?? 0m);

    private static Instant? FirstCommitment(Cluster cluster, Interest interest)
        => Commitments(cluster, interest).Select(c => (Instant?)c.At).Min();

    private static decimal Involvement(Cluster cluster, Interest interest)
        => interest.PersonDays + Commitments(cluster, interest).Sum(c => c.PersonDays ?? 0m);

    private static LocalDate? Seniority(Cluster cluster, Interest interest) => cluster.ActiveTermStart(interest.Member, cluster.AsOf);

    /// G16: without a published seed, no refused member may tie with the cutoff on every criterion before the lottery.
    private static void CheckTiesNeedNoLottery(Cluster cluster, List<(ProjectPlaces Project, List<Interest> Eligible)> projects, Proposals proposals)
    {
        if (cluster.Snapshot.LotterySeed is not null)
        {
            return;
        }

        foreach (var (project, eligible) in projects)
        {
            var holding = eligible.Where(proposals.Held.Contains).ToList();
            if (project.Places == 0 || holding.Count < project.Places)
            {
                continue;
            }

            var cutoff = holding.OrderBy(i => i, Comparer<Interest>.Create((a, b) => CompareKeys(cluster, project, a, b))).Last();
            var refused = eligible.Where(i => proposals.Made.Contains(i) && !proposals.Held.Contains(i));
            if (refused.Any(i => CompareBeforeLottery(cluster, project, i, cutoff) == 0))
            {
                throw new ReferenceInputException($"G16: a tie across the cutoff of {project.Initiative} needs the lottery, and there is no seed.");
            }
        }
    }

    private static string SubjectId(Interest interest) => interest.Project.Value + "/" + interest.Member.Value;
}
