using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Membership;

/// An organisation's standing on the as-of date, resolved once per evaluation from its membership terms,
/// so that rules test it with alpha conditions instead of joining on organisation ids.
internal sealed class MemberStanding : IFactSource
{
    private MemberStanding(Organization organization, LocalDate asOf, StandingKind kind, MembershipTerm? term)
    {
        AsOf = asOf;
        Organization = organization;
        Kind = kind;
        Term = term;
    }

    public Organization Organization { get; }

    private FactReference[]? _references;

    public LocalDate AsOf { get; }

    public StandingKind Kind { get; }

    /// The term that explains the standing: the covering term, the next one to start, or the last one that ended.
    public MembershipTerm? Term { get; }

    public bool IsActive => Kind == StandingKind.Active;

    public IEnumerable<FactReference> References => ReferenceArray;

    /// Built once per organisation and shared by every fact about it (a member may have a thousand interests).
    internal FactReference[] ReferenceArray => _references ??= Term is null
        ? [new FactReference(FactKind.Organization, Organization.Id.Value)]
        : [new FactReference(FactKind.Organization, Organization.Id.Value), new FactReference(FactKind.Membership, DecisionSubject.Join(Organization.Id.Value, Text.Date(Term.Start)))];

    /// Resolves the standing of <paramref name="organization"/> on <paramref name="asOf"/> from its membership terms.
    public static MemberStanding Resolve(Organization organization, IReadOnlyList<MembershipTerm> terms, LocalDate asOf)
    {
        // Terms of one organisation never overlap (the validator refuses that), so at most one covers the date.
        var covering = terms.FirstOrDefault(t => t.Covers(asOf));
        if (covering is not null)
        {
            var kind = covering.Status == MembershipStatus.Active ? StandingKind.Active : StandingKind.Suspended;
            return new MemberStanding(organization, asOf, kind, covering);
        }

        var future = terms.Where(t => t.Start > asOf).OrderBy(t => t.Start).FirstOrDefault();
        if (future is not null)
        {
            return new MemberStanding(organization, asOf, StandingKind.NotYetStarted, future);
        }

        var past = terms.Where(t => t.End < asOf).OrderByDescending(t => t.End).FirstOrDefault();
        return past is not null
            ? new MemberStanding(organization, asOf, StandingKind.Ended, past)
            : new MemberStanding(organization, asOf, StandingKind.NeverMember, null);
    }

    /// A clause of a sentence saying why the organisation is or is not an active member (<see cref="MembershipReasons.Describe"/>).
    public string Describe() => MembershipReasons.Describe(this);

    /// The standing's G10 code without its clause ("membership-ended"), for the areas that prefix it with their own
    /// clause; the full code is <see cref="MembershipReasons.NotActiveCode"/>.
    public string ReasonCode => MembershipReasons.StandingName(this);
}
