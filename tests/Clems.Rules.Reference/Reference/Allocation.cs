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

        var proposals = DeferredAcceptance(cluster, allocated);
        foreach (var (project, eligible) in allocated)
        {
            Explain(cluster, project, eligible, proposals);
        }
    }

    /// Decides every ineligible interest of the project; returns the eligible ones.
    private static List<Interest> Eligibility(Cluster cluster, ProjectPlaces project, bool runnable)
    {
        var eligible = new List<Interest>();
        var initiative = cluster.InitiativeById[project.Initiative];
        foreach (var interest in cluster.InterestsIn[project.Initiative])
        {
            var reasons = IneligibleBecause(cluster, project, initiative, interest, runnable);
            if (reasons.Count == 0)
            {
                eligible.Add(interest);
                continue;
            }

            cluster.Decide(SubjectKind.Interest, SubjectId(interest), DecisionOutcome.Ineligible, "Allocation.Eligibility", "G3 G8 G10 G16", reasons);
        }

        return eligible;
    }

    private static List<string> IneligibleBecause(Cluster cluster, ProjectPlaces project, Initiative initiative, Interest interest, bool runnable)
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

        if (project.RequiresPreparationCommitment && !PreparationCommitment(Commitments(cluster, interest)))
        {
            reasons.Add("G8.no-preparation-commitment");
        }

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
        var agreedInTime = competition?.Agreements.Where(a => a.AgreedAt < competition.FreezeAt).Select(a => a.Member).ToHashSet();
        var notAgreed = agreedInTime is null || eligible.Any(i => !agreedInTime.Contains(i.Member));
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
    /// Members wait their turn in a queue (first all of them in ordinal order, then each one again when a project
    /// refuses it a place it held); a project keeps its proposals in key order, so the one it refuses is its last. The
    /// order in which members propose does not change the outcome: deferred acceptance ends in the same assignment.
    private static Proposals DeferredAcceptance(Cluster cluster, List<(ProjectPlaces Project, List<Interest> Eligible)> projects)
    {
        var queues = projects.Select(p => new ProjectQueue(cluster, p.Project, p.Eligible)).ToList();
        var queueOf = queues.ToDictionary(q => q.Project.Initiative);
        var proposers = queues.SelectMany(q => q.Candidates)
            .GroupBy(c => c.Interest.Member)
            .ToDictionary(g => g.Key, g => new Proposer(cluster, g.Key, g));
        var made = new HashSet<Interest>();
        var waiting = new Queue<Proposer>(proposers.OrderBy(p => p.Key.Value, StringComparer.Ordinal).Select(p => p.Value));
        while (waiting.TryDequeue(out var proposer))
        {
            while (proposer.Holding < proposer.Cap && proposer.Next < proposer.Order.Count)
            {
                var candidate = proposer.Order[proposer.Next++];
                made.Add(candidate.Interest);
                proposer.Holding++;
                var queue = queueOf[candidate.Interest.Project];
                queue.Held.Add(candidate);
                if (queue.Held.Count > queue.Project.Places)
                {
                    var refused = queue.Held.Max!;
                    queue.Held.Remove(refused);
                    var other = proposers[refused.Interest.Member];
                    other.Holding--;
                    waiting.Enqueue(other);
                }
            }
        }

        var result = new Proposals(made, [.. queues.SelectMany(q => q.Held).Select(c => c.Interest)]);
        CheckTiesNeedNoLottery(cluster, queues, result);
        return result;
    }

    /// A project in deferred acceptance: its eligible interests with their keys, and the proposals it holds, best first.
    private sealed class ProjectQueue(Cluster cluster, ProjectPlaces project, List<Interest> eligible)
    {
        public ProjectPlaces Project { get; } = project;

        public List<Candidate> Candidates { get; } = [.. eligible.Select(i => new Candidate(cluster, project, i))];

        public SortedSet<Candidate> Held { get; } = new(Comparer<Candidate>.Create((a, b) => CompareKeys(cluster, project, a, b)));
    }

    /// An eligible interest with what its project's key compares (docs/allocation.md, "The key"), read once from the
    /// member's commitments to the project and its membership terms. Its lottery ticket is drawn when a comparison
    /// first reaches the lottery.
    private sealed class Candidate
    {
        private readonly string _lotteryScope;
        private ulong? _ticket;

        public Candidate(Cluster cluster, ProjectPlaces project, Interest interest)
        {
            var commitments = Commitments(cluster, interest);
            Interest = interest;
            PreparationCommitment = Allocation.PreparationCommitment(commitments);
            CommittedMoney = Allocation.CommittedMoney(commitments);
            FirstCommitment = Allocation.FirstCommitment(commitments);
            Involvement = Allocation.Involvement(interest, commitments);
            Seniority = Allocation.Seniority(cluster, interest);
            _lotteryScope = project.Competition?.LotteryScope == LotteryScope.Cluster ? string.Empty : project.Initiative.Value;
        }

        public Interest Interest { get; }

        public bool PreparationCommitment { get; }

        public decimal CommittedMoney { get; }

        public Instant? FirstCommitment { get; }

        public decimal Involvement { get; }

        public LocalDate? Seniority { get; }

        /// G16: one ticket per member and project, or one per member when the project's lottery is cluster-wide.
        public ulong Ticket(string seed) => _ticket ??= Lottery.Ticket(seed, _lotteryScope, Interest.Member.Value);
    }

    /// A member in deferred acceptance: its order over its eligible interests, its cap, how far down the order it has
    /// proposed and how many places it holds.
    private sealed class Proposer
    {
        public Proposer(Cluster cluster, OrganizationId member, IEnumerable<Candidate> candidates)
        {
            var preferences = cluster.PreferencesOf[member].FirstOrDefault();
            Order = MemberOrder(preferences?.Ranking ?? [], candidates);
            Cap = preferences?.Cap ?? int.MaxValue;
        }

        public List<Candidate> Order { get; }

        public int Cap { get; }

        public int Next { get; set; }

        public int Holding { get; set; }
    }

    /// The member's order: its ranking first, then larger own committed money, then earlier interest, then project id.
    private static List<Candidate> MemberOrder(System.Collections.Immutable.ImmutableArray<InitiativeId> ranking, IEnumerable<Candidate> candidates)
        => [.. candidates
            .OrderBy(c => ranking.Contains(c.Interest.Project) ? ranking.IndexOf(c.Interest.Project) : int.MaxValue)
            .ThenByDescending(c => c.CommittedMoney)
            .ThenBy(c => c.Interest.ShownAt)
            .ThenBy(c => c.Interest.Project.Value, StringComparer.Ordinal)];

    /// The key, smaller first: preparation commitment, the agreed (or default) criteria, the lottery, the member id.
    private static int CompareKeys(Cluster cluster, ProjectPlaces project, Candidate a, Candidate b)
    {
        var order = CompareBeforeLottery(cluster, project, a, b);
        if (order != 0)
        {
            return order;
        }

        if (cluster.Snapshot.LotterySeed is { } seed)
        {
            order = a.Ticket(seed).CompareTo(b.Ticket(seed));
        }

        return order != 0 ? order : string.CompareOrdinal(a.Interest.Member.Value, b.Interest.Member.Value);
    }

    private static int CompareBeforeLottery(Cluster cluster, ProjectPlaces project, Candidate a, Candidate b)
    {
        var order = b.PreparationCommitment.CompareTo(a.PreparationCommitment);
        foreach (var criterion in Criteria(cluster, project))
        {
            if (order != 0)
            {
                return order;
            }

            order = criterion switch
            {
                CompetitionCriterion.CommittedAmount => b.CommittedMoney.CompareTo(a.CommittedMoney),
                CompetitionCriterion.EarlierCommitment => Earlier(a.FirstCommitment, b.FirstCommitment),
                CompetitionCriterion.Involvement => b.Involvement.CompareTo(a.Involvement),
                CompetitionCriterion.MembershipSeniority => Earlier(a.Seniority, b.Seniority),
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
        => cluster.CommitmentsOf[(interest.Member, interest.Project)];

    private static bool PreparationCommitment(IEnumerable<ResourceCommitment> commitments)
        => commitments.Any(c => c.Phase == CommitmentPhase.Preparation);

    private static decimal CommittedMoney(IEnumerable<ResourceCommitment> commitments)
        => commitments.Sum(c => c.Amount?.Amount ?? 0m);

    private static Instant? FirstCommitment(IEnumerable<ResourceCommitment> commitments)
        => commitments.Select(c => (Instant?)c.At).Min();

    private static decimal Involvement(Interest interest, IEnumerable<ResourceCommitment> commitments)
        => interest.PersonDays + commitments.Sum(c => c.PersonDays ?? 0m);

    private static LocalDate? Seniority(Cluster cluster, Interest interest) => cluster.ActiveTermStartAsOf(interest.Member);

    /// G16: without a published seed, no refused member may tie with the cutoff on every criterion before the lottery.
    private static void CheckTiesNeedNoLottery(Cluster cluster, List<ProjectQueue> queues, Proposals proposals)
    {
        if (cluster.Snapshot.LotterySeed is not null)
        {
            return;
        }

        foreach (var queue in queues)
        {
            var project = queue.Project;
            if (project.Places == 0 || queue.Held.Count < project.Places)
            {
                continue;
            }

            var cutoff = queue.Held.Max!;
            var refused = queue.Candidates.Where(c => proposals.Made.Contains(c.Interest) && !proposals.Held.Contains(c.Interest));
            if (refused.Any(c => CompareBeforeLottery(cluster, project, c, cutoff) == 0))
            {
                throw new ReferenceInputException($"G16: a tie across the cutoff of {project.Initiative} needs the lottery, and there is no seed.");
            }
        }
    }

    private static string SubjectId(Interest interest) => interest.Project.Value + "/" + interest.Member.Value;
}
