using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Clems.Rules.Membership;

/// Each organisation's standing on a date other than the as-of date (a working group's formation date, a proposal's or
/// a request's date), resolved from the same membership terms as the as-of standings, which it reuses on the as-of date.
internal sealed class StandingsOnDates
{
    private readonly Dictionary<OrganizationId, MemberStanding> _asOf;
    private readonly ILookup<OrganizationId, MembershipTerm> _terms;
    private readonly LocalDate _asOfDate;

    internal StandingsOnDates(Dictionary<OrganizationId, MemberStanding> asOf, ILookup<OrganizationId, MembershipTerm> terms, LocalDate asOfDate)
    {
        _asOf = asOf;
        _terms = terms;
        _asOfDate = asOfDate;
    }

    /// The organisation's standing on <paramref name="date"/>.
    internal MemberStanding On(OrganizationId organization, LocalDate date)
        => date == _asOfDate ? _asOf[organization] : MemberStanding.Resolve(_asOf[organization].Organization, [.. _terms[organization]], date);
}
