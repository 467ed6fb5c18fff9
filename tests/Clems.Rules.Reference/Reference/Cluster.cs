using System;
using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.Reference.Clauses;

/// What every clause needs: the snapshot, the as-of date, the framework in force (G1) and the decisions made so far.
internal sealed class Cluster
{
    private readonly List<ReferenceDecision> _decisions = [];

    public Cluster(ClusterSnapshot snapshot, LocalDate asOf)
    {
        Snapshot = snapshot;
        AsOf = asOf;
        Framework = FrameworkOn(asOf) ?? throw new ReferenceInputException($"No framework version is in force on {asOf}.");
    }

    public ClusterSnapshot Snapshot { get; }

    public LocalDate AsOf { get; }

    public FrameworkVersion Framework { get; }

    public FrameworkParameters Parameters => Framework.Parameters;

    public IReadOnlyList<ReferenceDecision> Decisions => _decisions;

    /// G1: the version with the latest effective date on or before the date; null when none was in force.
    public FrameworkVersion? FrameworkOn(LocalDate date)
        => Snapshot.Frameworks.Where(f => f.EffectiveFrom <= date).OrderBy(f => f.EffectiveFrom).LastOrDefault();

    /// G10: an organisation's standing on a date, from its membership terms (both ends inclusive).
    public Standing StandingOn(OrganizationId organization, LocalDate date)
    {
        var terms = Snapshot.Memberships.Where(t => t.Organization == organization).ToList();
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

    public bool IsActive(OrganizationId organization) => IsActive(organization, AsOf);

    /// The start of the active term covering the date (membership seniority).
    public LocalDate? ActiveTermStart(OrganizationId organization, LocalDate date)
        => Snapshot.Memberships
            .Where(t => t.Organization == organization && t.Status == MembershipStatus.Active && t.Start <= date && (t.End is null || date <= t.End))
            .Select(t => (LocalDate?)t.Start)
            .FirstOrDefault();

    public void Decide(SubjectKind kind, string id, DecisionOutcome outcome, string rule, string clauses, IEnumerable<string> reasons)
    {
        var codes = reasons.ToList();
        if (codes.Count == 0)
        {
            throw new InvalidOperationException($"Reference rule {rule} decided on {kind}:{id} without a reason.");
        }

        _decisions.Add(new ReferenceDecision(kind, id, outcome, rule, Clauses(clauses), codes));
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
