using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Decisions;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;

namespace Clems.Rules.Allocation;

/// A project's places as the allocation rules see them: whether its initiative turned out runnable (decided by the
/// initiative rules in the first firing), its full competition key, and who agreed to its rules before the freeze.
internal sealed class ProjectFact : IFactSource
{
    public required ProjectPlaces Places { get; init; }

    public required InitiativeFact Initiative { get; init; }

    public required bool Runnable { get; init; }

    public required DecisionSubject Subject { get; init; }

    /// The key's criteria: the preparation commitment, the agreed (or the framework's default) criteria, the lottery.
    public required ImmutableArray<CompetitionCriterion> Criteria { get; init; }

    /// Whether the criteria between the tiers came from the framework's defaults (no agreed criteria listed).
    public required bool DefaultCriteria { get; init; }

    /// The members whose agreement to the competition rules came strictly before the freeze instant.
    public required IReadOnlySet<OrganizationId> AgreedBeforeFreeze { get; init; }

    /// The published lottery seed (G16); null when the scenario publishes none.
    public required string? LotterySeed { get; init; }

    /// The scope the project's tickets are drawn in: its initiative id, or empty for one cluster-wide draw.
    public required string LotteryScope { get; init; }

    public FactReference Reference => new(FactKind.Project, Places.Initiative.Value);

    public IEnumerable<FactReference> References => [Reference];
}
