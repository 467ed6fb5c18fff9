namespace Clems.Rules.ClusterRoutes;

/// The tests of G15 — "your organisation will benefit from the advantages offered by a cluster, as long as the
/// objectives of your institution correspond with the objectives of the CLEMS … in the case in which the participation
/// of a single entity is either ineligible or the organisation's resources are not sufficient" — each named for what
/// the clause asks; the rules' conditions and their reasons both call them.
internal static class ClusterRouteClauses
{
    /// G15: "the objectives … correspond": the organisation and the opportunity share at least one thematic area.
    internal static bool ObjectivesMatch(ClusterRouteFact r) => !r.SharedAreas.IsEmpty;

    /// G15: "the participation of a single entity is … ineligible": only a consortium may apply, or more than one
    /// partner is needed.
    internal static bool SingleEntityIneligible(Opportunity o) => o.RequiresConsortium || RequiresPartners(o);

    /// G15: the opportunity needs at least two partners.
    internal static bool RequiresPartners(Opportunity o) => o.MinimumPartners > 1;

    /// G15: "the organisation's resources are not sufficient": its resources, in the currency of the need, are below
    /// what the opportunity needs (equal is sufficient; resources or a need not stated are never short).
    internal static bool ResourcesInsufficient(ClusterRouteFact r)
        => r.ResourcesCompared is { } have && r.Opportunity.ResourcesNeeded is { } need && have.Amount < need.Amount;

    /// G15: the organisation could not take part alone — a single entity is ineligible, or its resources fall short.
    internal static bool CannotTakePartAlone(ClusterRouteFact r) => SingleEntityIneligible(r.Opportunity) || ResourcesInsufficient(r);
}
