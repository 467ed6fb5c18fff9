using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Allocation;

/// <summary>One member's side of the allocation: its cap, the order it wanted its projects in, and the places it got.</summary>
public sealed class MemberAllocation
{
    /// <summary>Creates a member's allocation record.</summary>
    /// <param name="member">The member.</param>
    /// <param name="cap">How many places its resources allow; <see langword="null"/> for no limit.</param>
    /// <param name="ranking">Every project it showed interest in, most wanted first (its own ranking, then the default order).</param>
    /// <param name="places">The projects it got a place in.</param>
    public MemberAllocation(OrganizationId member, int? cap, IEnumerable<InitiativeId> ranking, IEnumerable<InitiativeId> places)
    {
        Member = member;
        Cap = cap;
        Ranking = Preconditions.CheckItems(ranking);
        Places = Preconditions.CheckItems(places);
    }

    /// The allocator's path: arrays built for this record alone, kept without a copy.
    internal MemberAllocation(OrganizationId member, int? cap, ImmutableArray<InitiativeId> ranking, ImmutableArray<InitiativeId> places)
    {
        Member = member;
        Cap = cap;
        Ranking = ranking;
        Places = places;
    }

    /// <summary>The member.</summary>
    public OrganizationId Member { get; }

    /// <summary>How many places its resources allow; <see langword="null"/> for no limit.</summary>
    public int? Cap { get; }

    /// <summary>Every project it showed interest in, most wanted first.</summary>
    public ImmutableArray<InitiativeId> Ranking { get; }

    /// <summary>The projects it got a place in, in ranking order.</summary>
    public ImmutableArray<InitiativeId> Places { get; }
}
