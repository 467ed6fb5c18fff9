using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;

namespace Clems.Rules.Executive;

/// Every organisation's standing on the as-of date, for telling which member contributions count as committed resources
/// (G12). One fact per evaluation: the executive-capacity rule matches it once and resolves contributors in its action,
/// so no initiative is joined with a standing on ids.
internal sealed class ContributorStandings
{
    private readonly IReadOnlyDictionary<OrganizationId, MemberStanding> _standings;

    internal ContributorStandings(IReadOnlyDictionary<OrganizationId, MemberStanding> standings) => _standings = standings;

    /// The standing of the source's contributor; null when the source names no known organisation.
    internal MemberStanding? Of(FundingSource source)
        => source.Contributor is { } id && _standings.TryGetValue(id, out var standing) ? standing : null;

    /// The member contributions of <paramref name="initiative"/> that count as committed resources, in funding order.
    internal IEnumerable<FundingSource> Counted(Initiative initiative)
        => MemberContributions(initiative).Where(f => ExecutiveClauses.Counts(Of(f)));

    /// The member contributions of <paramref name="initiative"/> that do not count, each with its contributor's
    /// standing, in funding order.
    internal IEnumerable<NotCountedContribution> NotCounted(Initiative initiative)
        => MemberContributions(initiative)
            .Select(f => new NotCountedContribution(f, Of(f)))
            .Where(c => !ExecutiveClauses.Counts(c.Standing));

    private static IEnumerable<FundingSource> MemberContributions(Initiative initiative)
        => initiative.Funding.Where(f => f.Kind == FundingKind.MemberContribution);
}
