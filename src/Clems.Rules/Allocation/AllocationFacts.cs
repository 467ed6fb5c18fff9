using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;

namespace Clems.Rules.Allocation;

/// A project with all its interests (by member id): the allocation rules fire once per project, not once per interest,
/// so a million interests cost ten thousand firings (design.md: "fire per group where the decision is per group").
internal sealed record ProjectInterests(ProjectFact Project, ImmutableArray<InterestFact> Interests) : IFactSource
{
    public IEnumerable<FactReference> References => Project.References;
}

/// Inserted by the demand rule: a runnable project's eligible interests, by member id (G16 a).
internal sealed record ProjectDemand(ProjectFact Project, ImmutableArray<InterestFact> Eligible) : IFactSource
{
    public IEnumerable<FactReference> References => Project.References.Concat(Eligible.SelectMany(i => i.References));
}

/// Inserted when an oversubscribed project has no legitimate competition rules: it makes no allocation (G16).
internal sealed record ProjectExcluded(ProjectFact Project);

/// One interest's end in the allocation, with what explains it.
internal sealed record InterestOutcome(
    InterestFact Interest,
    AllocationOutcomeKind Kind,
    int Rank,
    int? LostOnColumn,
    InterestFact? Cutoff,
    ImmutableArray<Initiatives.InitiativeId> FilledBy,
    int? Cap);

/// Inserted after the allocator ran: a project's outcome, for the rule that explains it (one firing per project).
internal sealed record ProjectOutcome(ProjectFact Project, int EligibleCount, int Admitted, ImmutableArray<InterestOutcome> Interests, int? CutoffRank);
