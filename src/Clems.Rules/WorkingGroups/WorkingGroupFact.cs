using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.WorkingGroups;

/// A working group as the rules see it (G2, G4, G5, G6): its founders' standings on the formation date, its members'
/// standings on the as-of date, its portfolio, and the valid proposals that transformed or dissolved it by the as-of date,
/// all resolved once so that the rules use alpha conditions only (the tests are <see cref="WorkingGroupClauses"/>).
internal sealed class WorkingGroupFact : IFactSource
{
    public required WorkingGroup Group { get; init; }

    public required DecisionSubject Subject { get; init; }

    public required LocalDate AsOf { get; init; }

    /// The framework in force on the as-of date; its minimum decides the quorum (G4).
    public required FrameworkVersion Framework { get; init; }

    /// The framework in force on the formation date, whose minimum decides the formation (G4); the as-of date's
    /// framework when none was in force then (<see cref="FormationFrameworkAssumed"/>).
    public required FrameworkVersion FormationFramework { get; init; }

    /// True when no framework was in force on the formation date and the as-of date's framework stands in for it.
    public required bool FormationFrameworkAssumed { get; init; }

    /// The minimum number of member organisations on the as-of date (G4).
    public int Minimum => Framework.Parameters.MinimumWorkingGroupSize;

    /// The minimum number of member organisations on the formation date (G4).
    public int FormationMinimum => FormationFramework.Parameters.MinimumWorkingGroupSize;

    /// Each member's standing on the formation date, ordered by organisation id.
    public required ImmutableArray<MemberStanding> Founders { get; init; }

    /// Each member's standing on the as-of date, ordered by organisation id.
    public required ImmutableArray<MemberStanding> Members { get; init; }

    /// The initiatives the group initiated (G2), ordered by id.
    public required ImmutableArray<Initiative> Portfolio { get; init; }

    /// Valid transformations in effect on the as-of date, in the order they took effect (G5: history kept).
    public required ImmutableArray<WorkingGroupProposal> Transformations { get; init; }

    /// Valid transformations that take effect after the as-of date.
    public required ImmutableArray<WorkingGroupProposal> PendingTransformations { get; init; }

    /// The earliest valid dissolution in effect on the as-of date, if any (G5).
    public WorkingGroupProposal? Dissolution { get; init; }

    /// How many founders were active members on the formation date (G4 compares it with <see cref="FormationMinimum"/>).
    public int ActiveFounderCount => Founders.Count(s => s.IsActive);

    /// How many members are active members on the as-of date (G4 compares it with <see cref="Minimum"/>).
    public int ActiveMemberCount => Members.Count(s => s.IsActive);

    /// The objective on the as-of date: the latest transformation in effect, else the original one (G5).
    public string Objective => Transformations.IsEmpty ? Group.Objective : Transformations[^1].NewObjective!;

    public IEnumerable<FactReference> References
    {
        get { yield return new FactReference(FactKind.WorkingGroup, Group.Id.Value); }
    }
}
