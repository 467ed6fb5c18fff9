using System;
using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Advertising;
using Clems.Rules.Allocation;
using Clems.Rules.Confidentiality;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;
using NodaTime;

namespace Clems.Rules.Reference.Clauses;

/// What every clause needs: the snapshot, the as-of date, the framework in force (G1), the decisions made so far, and
/// the snapshot's facts indexed by what the clauses look them up by.
internal sealed class Cluster
{
    private readonly List<ReferenceDecision> _decisions = [];
    private readonly Dictionary<string, string[]> _clauses = new(StringComparer.Ordinal);
    private readonly Dictionary<OrganizationId, Standing> _standingAsOf = [];
    private readonly Dictionary<OrganizationId, LocalDate?> _activeTermStartAsOf = [];

    public Cluster(ClusterSnapshot snapshot, LocalDate asOf)
    {
        Snapshot = snapshot;
        AsOf = asOf;
        Framework = FrameworkOn(asOf) ?? throw new ReferenceInputException($"No framework version is in force on {asOf}.");

        // Built once, in time linear in the snapshot, so that a clause finds the facts it names without scanning
        // every list for every item (which made the model quadratic). The snapshot is valid: ids are unique and every
        // reference resolves. Lookups keep the snapshot's order within each key.
        OrganizationById = snapshot.Organizations.ToDictionary(o => o.Id);
        InitiativeById = snapshot.Initiatives.ToDictionary(i => i.Id);
        GroupById = snapshot.WorkingGroups.ToDictionary(g => g.Id);
        Representing = snapshot.Organizations
            .SelectMany(o => o.Representatives.Select(r => r.Id).Distinct().Select(r => (Representative: r, Organization: o)))
            .ToLookup(x => x.Representative, x => x.Organization);
        TermsOf = snapshot.Memberships.ToLookup(t => t.Organization);
        ProposalsAbout = snapshot.WorkingGroupProposals.ToLookup(p => p.Group);
        AgreementsOf = snapshot.ConfidentialityAgreements.ToLookup(a => (a.Initiative, a.Organization));
        ApprovalsOf = snapshot.AdvertisingApprovals.ToLookup(a => a.Item);
        InterestsIn = snapshot.Interests.ToLookup(i => i.Project);
        CommitmentsOf = snapshot.Commitments.ToLookup(c => (c.Member, c.Project));
        PreferencesOf = snapshot.MemberPreferences.ToLookup(p => p.Member);
    }

    public ClusterSnapshot Snapshot { get; }

    public LocalDate AsOf { get; }

    public FrameworkVersion Framework { get; }

    public FrameworkParameters Parameters => Framework.Parameters;

    public IReadOnlyList<ReferenceDecision> Decisions => _decisions;

    /// Every organisation by id.
    public IReadOnlyDictionary<OrganizationId, Organization> OrganizationById { get; }

    /// Every initiative by id.
    public IReadOnlyDictionary<InitiativeId, Initiative> InitiativeById { get; }

    /// Every working group by id.
    public IReadOnlyDictionary<WorkingGroupId, WorkingGroup> GroupById { get; }

    /// The organisations that list a representative (G9).
    public ILookup<RepresentativeId, Organization> Representing { get; }

    /// An organisation's membership terms (G10).
    public ILookup<OrganizationId, MembershipTerm> TermsOf { get; }

    /// The proposals to dissolve or transform a working group (G5).
    public ILookup<WorkingGroupId, WorkingGroupProposal> ProposalsAbout { get; }

    /// The confidentiality agreements of an organisation for an initiative (G3).
    public ILookup<(InitiativeId Initiative, OrganizationId Organization), ConfidentialityAgreement> AgreementsOf { get; }

    /// The approvals given to an advertising item (S14).
    public ILookup<AdvertisingItemId, AdvertisingApproval> ApprovalsOf { get; }

    /// The interests shown in a project (G8, G16).
    public ILookup<InitiativeId, Interest> InterestsIn { get; }

    /// A member's commitments to a project (G8, G16).
    public ILookup<(OrganizationId Member, InitiativeId Project), ResourceCommitment> CommitmentsOf { get; }

    /// A member's allocation preferences, cap and ranking (G16).
    public ILookup<OrganizationId, MemberAllocationPreferences> PreferencesOf { get; }

    /// G1: the version with the latest effective date on or before the date; null when none was in force.
    public FrameworkVersion? FrameworkOn(LocalDate date)
        => Snapshot.Frameworks.Where(f => f.EffectiveFrom <= date).OrderBy(f => f.EffectiveFrom).LastOrDefault();

    /// G10: an organisation's standing on a date, from its membership terms (both ends inclusive).
    public Standing StandingOn(OrganizationId organization, LocalDate date)
    {
        var terms = TermsOf[organization].ToList();
        var covering = terms.FirstOrDefault(t => t.Start <= date && (t.End is null || date <= t.End));
        if (covering is not null)
        {
            return covering.Status == MembershipStatus.Active ? Standing.Active : Standing.Suspended;
        }

        if (terms.Any(t => t.Start > date))
        {
            return Standing.NotYetStarted;
        }

        return terms.Count > 0 ? Standing.Ended : Standing.NeverMember;
    }

    public bool IsActive(OrganizationId organization, LocalDate date) => StandingOn(organization, date) == Standing.Active;

    public bool IsActive(OrganizationId organization) => StandingAsOf(organization) == Standing.Active;

    /// G10 on the as-of date, which most clauses ask about: worked out once per organisation.
    public Standing StandingAsOf(OrganizationId organization)
    {
        if (!_standingAsOf.TryGetValue(organization, out var standing))
        {
            standing = StandingOn(organization, AsOf);
            _standingAsOf.Add(organization, standing);
        }

        return standing;
    }

    /// The start of the active term covering the as-of date (membership seniority): worked out once per organisation.
    public LocalDate? ActiveTermStartAsOf(OrganizationId organization)
    {
        if (!_activeTermStartAsOf.TryGetValue(organization, out var start))
        {
            start = ActiveTermStart(organization, AsOf);
            _activeTermStartAsOf.Add(organization, start);
        }

        return start;
    }

    /// The start of the active term covering the date (membership seniority).
    private LocalDate? ActiveTermStart(OrganizationId organization, LocalDate date)
        => TermsOf[organization]
            .Where(t => t.Status == MembershipStatus.Active && t.Start <= date && (t.End is null || date <= t.End))
            .Select(t => (LocalDate?)t.Start)
            .FirstOrDefault();

    public void Decide(SubjectKind kind, string id, DecisionOutcome outcome, string rule, string clauses, IEnumerable<string> reasons)
    {
        var codes = reasons.ToList();
        if (codes.Count == 0)
        {
            throw new InvalidOperationException($"Reference rule {rule} decided on {kind}:{id} without a reason.");
        }

        if (!_clauses.TryGetValue(clauses, out var ordered))
        {
            ordered = Clauses(clauses);
            _clauses.Add(clauses, ordered);
        }

        _decisions.Add(new ReferenceDecision(kind, id, outcome, rule, ordered, codes));
    }

    /// "G9 G10 S1" → the ids in the catalogue's order: G before S, then by number.
    private static string[] Clauses(string clauses)
        => [.. clauses.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .OrderBy(c => c[0])
            .ThenBy(c => int.Parse(c.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture))];
}

/// An organisation's membership standing on a date (G10).
internal enum Standing
{
    Active,
    Suspended,
    NotYetStarted,
    Ended,
    NeverMember,
}

internal static class StandingCodes
{
    /// The suffix of the reason codes that name a standing (G10.membership-ended, G4.founder-never-a-member…).
    public static string Code(this Standing standing) => standing switch
    {
        Standing.Active => "active-member",
        Standing.Suspended => "membership-suspended",
        Standing.NotYetStarted => "membership-not-started",
        Standing.Ended => "membership-ended",
        _ => "never-a-member",
    };
}
