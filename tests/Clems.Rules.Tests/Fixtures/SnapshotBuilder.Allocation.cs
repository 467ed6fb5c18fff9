using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using NodaTime;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;

namespace Clems.Rules.Tests.Fixtures;

/// Projects with places, interests, commitments, members' caps and rankings, and the lottery seed (G8, G16).
/// <see cref="An.AllocationScenario"/> starts a snapshot for them; <see cref="Project"/> adds a runnable project of the
/// first organisation, and the interests and commitments are shown from <see cref="AllocationStart"/> on.
internal sealed partial class SnapshotBuilder
{
    /// The seed <see cref="An.AllocationScenario"/> publishes.
    public const string AllocationSeed = "seed-2026";

    /// When the allocation tests' interests and commitments start (plus the minutes each gives).
    public static readonly Instant AllocationStart = Instant.FromUtc(2026, 1, 10, 9, 0);

    /// The freeze instant of the competition rules that <see cref="AgreedRules(IEnumerable{string}, CompetitionCriterion[])"/> builds.
    public static readonly Instant CompetitionFreeze = AllocationStart + Duration.FromDays(30);

    private readonly List<ProjectPlaces> _projects = [];
    private readonly List<Interest> _interests = [];
    private readonly List<ResourceCommitment> _commitments = [];
    private readonly List<MemberAllocationPreferences> _preferences = [];

    /// The published lottery seed; <see langword="null"/> when none is.
    public string? LotterySeed { get; private set; }

    /// The rules hash a test's agreement carries to mean "agreed to the rules as they are": <see cref="Build"/> replaces
    /// it with the hash of its project's rules (criteria after the framework's defaults at the freeze, places, scope).
    /// A test about agreements to other rules writes the other hash itself.
    public static readonly string TheseRules = new('0', 64);

    /// An agreement to the project's rules as they are, at <paramref name="at"/>.
    public static CompetitionAgreement Agreement(string member, Instant at) => new(new OrganizationId(member), at, TheseRules);

    /// Competition rules agreed by <paramref name="agreedBy"/> one day before the freeze.
    public static CompetitionRules AgreedRules(IEnumerable<string> agreedBy, params CompetitionCriterion[] criteria)
        => new(criteria, CompetitionFreeze, agreedBy.Select(m => Agreement(m, AllocationStart + Duration.FromDays(29))));

    /// Competition rules with the lottery scope chosen, agreed by <paramref name="agreedBy"/> one day before the freeze.
    public static CompetitionRules AgreedRules(IEnumerable<string> agreedBy, LotteryScope scope, params CompetitionCriterion[] criteria)
        => new(criteria, CompetitionFreeze, agreedBy.Select(m => Agreement(m, AllocationStart + Duration.FromDays(29))), scope);

    /// Competition rules whose agreements carry their own instants, to test the freeze boundary.
    public static CompetitionRules RulesAgreedAt(IEnumerable<(string Member, Instant At)> agreements, params CompetitionCriterion[] criteria)
        => new(criteria, CompetitionFreeze, agreements.Select(a => Agreement(a.Member, a.At)));

    public SnapshotBuilder With(params ProjectPlaces[] projects)
    {
        _projects.AddRange(projects);
        return this;
    }

    public SnapshotBuilder With(params Interest[] interests)
    {
        _interests.AddRange(interests);
        return this;
    }

    public SnapshotBuilder With(params ResourceCommitment[] commitments)
    {
        _commitments.AddRange(commitments);
        return this;
    }

    public SnapshotBuilder With(params MemberAllocationPreferences[] preferences)
    {
        _preferences.AddRange(preferences);
        return this;
    }

    public SnapshotBuilder WithLotterySeed(string seed)
    {
        LotterySeed = seed;
        return this;
    }

    public SnapshotBuilder WithoutLotterySeed()
    {
        LotterySeed = null;
        return this;
    }

    /// A project with places: an initiative of the first organisation with one activity unless not
    /// <paramref name="runnable"/>, a 1,000.00 RON budget it funds itself.
    public SnapshotBuilder Project(string id, int places, bool requiresPreparation = false, CompetitionRules? competition = null, bool runnable = true)
    {
        var owner = _organizations[0]().Id.Value;
        With(An.Initiative(id).Titled("Project " + id).By(owner)
            .WithActivities(runnable ? [new Activity("Work", new LocalDate(2026, 4, 1), new LocalDate(2026, 12, 31))] : [])
            .WithBudgetLines(new BudgetLine("Work", Ron(1000m)))
            .WithFundingSources(new FundingSource(FundingKind.MemberContribution, Ron(1000m), new OrganizationId(owner))));
        return With(new ProjectPlaces(new InitiativeId(id), places, requiresPreparation, competition));
    }

    /// A runnable confidential project (G3) of the first organisation whose participants' involvement starts at the
    /// given instants.
    public SnapshotBuilder ConfidentialProject(string id, int places, params (string Member, Instant InvolvedFrom)[] participants)
    {
        var owner = _organizations[0]().Id.Value;
        var initiative = An.Initiative(id).Titled("Project " + id).By(owner).Confidential()
            .WithActivities(new Activity("Work", new LocalDate(2026, 4, 1), new LocalDate(2026, 12, 31)))
            .WithBudgetLines(new BudgetLine("Work", Ron(1000m)))
            .WithFundingSources(new FundingSource(FundingKind.MemberContribution, Ron(1000m), new OrganizationId(owner)));
        foreach (var (member, involvedFrom) in participants)
        {
            initiative.WithParticipant(member, involvedFrom);
        }

        With(initiative);
        return With(new ProjectPlaces(new InitiativeId(id), places, false, null));
    }

    /// <paramref name="member"/> signs <paramref name="project"/>'s confidentiality agreement at <paramref name="at"/>.
    public SnapshotBuilder Signs(string member, string project, Instant at) => With(Signature(project, member, at));

    /// An interest shown <paramref name="minutes"/> after <see cref="AllocationStart"/> by one representative.
    public SnapshotBuilder Interest(string member, string project, int minutes = 0, decimal personDays = 0m)
        => With(new Interest(new OrganizationId(member), new InitiativeId(project), AllocationStart + Duration.FromMinutes(minutes), 1, personDays));

    /// A commitment of <paramref name="amount"/> RON made <paramref name="minutes"/> after <see cref="AllocationStart"/>.
    public SnapshotBuilder Commit(string member, string project, decimal amount, CommitmentPhase phase = CommitmentPhase.Implementation, int minutes = 0)
        => With(ResourceCommitment.OfMoney(new OrganizationId(member), new InitiativeId(project), phase, Ron(amount), AllocationStart + Duration.FromMinutes(minutes)));

    /// A commitment for the implementation in any currency, made at <see cref="AllocationStart"/>.
    public SnapshotBuilder CommitIn(string member, string project, Money amount)
        => With(ResourceCommitment.OfMoney(new OrganizationId(member), new InitiativeId(project), CommitmentPhase.Implementation, amount, AllocationStart));

    public SnapshotBuilder CommitDays(string member, string project, decimal personDays, CommitmentPhase phase = CommitmentPhase.Implementation, int minutes = 0)
        => With(ResourceCommitment.OfPersonDays(new OrganizationId(member), new InitiativeId(project), phase, personDays, AllocationStart + Duration.FromMinutes(minutes)));

    /// The member's cap (<see langword="null"/>: none) and its ranking of projects, best first.
    public SnapshotBuilder Cap(string member, int? cap, params string[] ranking)
        => With(new MemberAllocationPreferences(new OrganizationId(member), cap, ranking.Select(r => new InitiativeId(r))));

    /// Evaluates the snapshot as of <see cref="Dates.AsOf"/>; every allocation an allocation test sees has passed the
    /// independent checker first.
    public GovernanceReport EvaluateAllocation()
    {
        var report = Evaluate();
        Assert.Empty(AllocationChecker.Check(report.Allocation));
        return report;
    }

    private ProjectPlaces WithAgreementsStamped(ProjectPlaces project)
    {
        if (project.Competition is not { } c || !c.Agreements.Any(a => a.RulesSha256 == TheseRules))
        {
            return project;
        }

        var criteria = c.Criteria.IsEmpty ? FrameworkInForceAt(c.FreezeAt) : c.Criteria;
        var hash = CompetitionRules.ContentSha256(project.Initiative, project.Places, criteria, c.LotteryScope);
        var agreements = c.Agreements.Select(a => a.RulesSha256 == TheseRules ? new CompetitionAgreement(a.Member, a.AgreedAt, hash) : a);
        return new ProjectPlaces(project.Initiative, project.Places, project.RequiresPreparationCommitment, new CompetitionRules(c.Criteria, c.FreezeAt, agreements, c.LotteryScope, c.SeedCommitment));
    }

    /// The default criteria of the framework in force at an instant: the latest version whose first day has begun in
    /// Europe/Bucharest.
    private System.Collections.Immutable.ImmutableArray<CompetitionCriterion> FrameworkInForceAt(Instant at)
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Bucharest"];
        var inForce = (_frameworks ?? [DefaultFramework])
            .Where(f => f.EffectiveFrom.AtStartOfDayInZone(zone).ToInstant() <= at)
            .OrderByDescending(f => f.EffectiveFrom)
            .FirstOrDefault();
        return (inForce?.Parameters ?? new FrameworkParameters()).DefaultCompetitionCriteria;
    }
}
