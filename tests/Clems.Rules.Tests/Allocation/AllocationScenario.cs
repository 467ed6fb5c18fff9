using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Confidentiality;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Tests.Fixtures;
using NodaTime;

namespace Clems.Rules.Tests.Allocation;

/// Builds allocation scenarios that read like the clauses: members, runnable projects with places, interests,
/// commitments, caps and rankings. Every project is a runnable initiative of the first member (G9–G11 hold).
internal sealed class AllocationScenario
{
    public static readonly Instant Base = Instant.FromUtc(2026, 1, 10, 9, 0);

    /// The freeze instant of the competition rules that the Rules helpers build.
    public static readonly Instant Freeze = Base + Duration.FromDays(30);

    private readonly List<Organization> _organizations = [];
    private readonly List<MembershipTerm> _terms = [];
    private readonly List<Initiative> _initiatives = [];
    private readonly List<ProjectPlaces> _projects = [];
    private readonly List<Interest> _interests = [];
    private readonly List<ResourceCommitment> _commitments = [];
    private readonly List<MemberAllocationPreferences> _preferences = [];
    private readonly List<ConfidentialityAgreement> _agreements = [];

    public string? Seed { get; set; } = "seed-2026";

    public AllocationScenario Members(params string[] ids)
    {
        foreach (var id in ids)
        {
            _organizations.Add(new Organization(new OrganizationId(id), "Org " + id, OrganizationKind.Company, CountryCode.Romania, [new Representative(new RepresentativeId("rep-" + id), "Rep " + id)]));
            _terms.Add(new MembershipTerm(new OrganizationId(id), Dates.Joined));
        }

        return this;
    }

    /// Organisations whose only membership term is suspended from <see cref="Dates.Joined"/>, open-ended.
    public AllocationScenario SuspendedMembers(params string[] ids)
    {
        foreach (var id in ids)
        {
            _organizations.Add(new Organization(new OrganizationId(id), "Org " + id, OrganizationKind.Company, CountryCode.Romania, [new Representative(new RepresentativeId("rep-" + id), "Rep " + id)]));
            _terms.Add(new MembershipTerm(new OrganizationId(id), Dates.Joined, null, MembershipStatus.Suspended));
        }

        return this;
    }

    public AllocationScenario NonMembers(params string[] ids)
    {
        foreach (var id in ids)
        {
            _organizations.Add(new Organization(new OrganizationId(id), "Org " + id, OrganizationKind.Company, CountryCode.Romania));
        }

        return this;
    }

    public AllocationScenario Project(string id, int places, bool requiresPreparation = false, CompetitionRules? competition = null, bool runnable = true)
        => AddProject(id, places, requiresPreparation, competition, runnable, confidential: false, []);

    /// A confidential project (G3) whose participants' involvement starts at the given instants.
    public AllocationScenario ConfidentialProject(string id, int places, params (string Member, Instant InvolvedFrom)[] participants)
        => AddProject(id, places, false, null, true, confidential: true, [.. participants.Select(p => new Participant(new OrganizationId(p.Member), p.InvolvedFrom))]);

    /// <paramref name="member"/> signs <paramref name="project"/>'s confidentiality agreement at <paramref name="at"/>.
    public AllocationScenario Signs(string member, string project, Instant at)
    {
        _agreements.Add(new ConfidentialityAgreement(new InitiativeId(project), new OrganizationId(member), at));
        return this;
    }

    private AllocationScenario AddProject(string id, int places, bool requiresPreparation, CompetitionRules? competition, bool runnable, bool confidential, Participant[] participants)
    {
        var owner = _organizations.First().Id;
        _initiatives.Add(new Initiative
        {
            Id = new InitiativeId(id),
            Title = "Project " + id,
            Initiator = Initiator.ByMember(owner),
            ProposedBy = new RepresentativeId("rep-" + owner.Value),
            Activities = runnable ? [new Activity("Work", new LocalDate(2026, 4, 1), new LocalDate(2026, 12, 31))] : [],
            Budget = [new BudgetLine("Work", new Money(1000m, Currency.Ron))],
            Funding = [new FundingSource(FundingKind.MemberContribution, new Money(1000m, Currency.Ron), owner)],
            Confidential = confidential,
            Participants = [.. participants],
        });
        _projects.Add(new ProjectPlaces(new InitiativeId(id), places, requiresPreparation, competition));
        return this;
    }

    /// Competition rules agreed by <paramref name="agreedBy"/> one hour before the freeze.
    public static CompetitionRules Rules(IEnumerable<string> agreedBy, params CompetitionCriterion[] criteria)
        => new(criteria, Freeze, agreedBy.Select(m => new CompetitionAgreement(new OrganizationId(m), Base + Duration.FromDays(29))));

    /// Competition rules with the lottery scope chosen, agreed by <paramref name="agreedBy"/> one hour before the freeze.
    public static CompetitionRules Rules(IEnumerable<string> agreedBy, LotteryScope scope, params CompetitionCriterion[] criteria)
        => new(criteria, Freeze, agreedBy.Select(m => new CompetitionAgreement(new OrganizationId(m), Base + Duration.FromDays(29))), scope);

    /// Competition rules whose agreements carry their own instants, to test the freeze boundary.
    public static CompetitionRules RulesAgreedAt(IEnumerable<(string Member, Instant At)> agreements, params CompetitionCriterion[] criteria)
        => new(criteria, Freeze, agreements.Select(a => new CompetitionAgreement(new OrganizationId(a.Member), a.At)));

    public AllocationScenario Interest(string member, string project, int minutes = 0, decimal personDays = 0m)
    {
        _interests.Add(new Interest(new OrganizationId(member), new InitiativeId(project), Base + Duration.FromMinutes(minutes), 1, personDays));
        return this;
    }

    public AllocationScenario Commit(string member, string project, decimal amount, CommitmentPhase phase = CommitmentPhase.Implementation, int minutes = 0)
    {
        _commitments.Add(ResourceCommitment.OfMoney(new OrganizationId(member), new InitiativeId(project), phase, new Money(amount, Currency.Ron), Base + Duration.FromMinutes(minutes)));
        return this;
    }

    public AllocationScenario CommitIn(string member, string project, Money amount)
    {
        _commitments.Add(ResourceCommitment.OfMoney(new OrganizationId(member), new InitiativeId(project), CommitmentPhase.Implementation, amount, Base));
        return this;
    }

    public AllocationScenario CommitDays(string member, string project, decimal personDays, CommitmentPhase phase = CommitmentPhase.Implementation, int minutes = 0)
    {
        _commitments.Add(ResourceCommitment.OfPersonDays(new OrganizationId(member), new InitiativeId(project), phase, personDays, Base + Duration.FromMinutes(minutes)));
        return this;
    }

    public AllocationScenario Cap(string member, int? cap, params string[] ranking)
    {
        _preferences.Add(new MemberAllocationPreferences(new OrganizationId(member), cap, ranking.Select(r => new InitiativeId(r))));
        return this;
    }

    public ClusterSnapshot Build() => new()
    {
        Organizations = [.. _organizations],
        Memberships = [.. _terms],
        Initiatives = [.. _initiatives],
        Frameworks = [SnapshotBuilder.DefaultFramework],
        Projects = [.. _projects],
        Interests = [.. _interests],
        Commitments = [.. _commitments],
        MemberPreferences = [.. _preferences],
        ConfidentialityAgreements = [.. _agreements],
        LotterySeed = Seed,
    };

    /// Evaluates the scenario; every allocation an allocation test sees has passed the independent checker first.
    public GovernanceReport Evaluate()
    {
        var report = Engines.Shared.Evaluate(Build(), Dates.AsOf);
        Xunit.Assert.Empty(AllocationChecker.Check(report.Allocation));
        return report;
    }
}
