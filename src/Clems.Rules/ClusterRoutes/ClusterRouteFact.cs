using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.ClusterRoutes;

/// One organisation's question about one opportunity (G15), with what the clause compares resolved once: the shared
/// thematic areas and the organisation's resources in the currency of the opportunity's needs.
internal sealed class ClusterRouteFact : IFactSource
{
    public required ClusterRouteRequest Request { get; init; }

    public required DecisionSubject Subject { get; init; }

    public required Organization Organization { get; init; }

    public required Opportunity Opportunity { get; init; }

    /// The thematic areas of both, in W1–W9 order.
    public required ImmutableArray<ThematicArea> SharedAreas { get; init; }

    /// The organisation's resources in the currency of the opportunity's needs; null when either is not stated.
    public Money? ResourcesCompared { get; init; }

    public IEnumerable<FactReference> References
    {
        get
        {
            yield return new FactReference(FactKind.Organization, Organization.Id.Value);
            yield return new FactReference(FactKind.Opportunity, Opportunity.Id.Value);
        }
    }
}
