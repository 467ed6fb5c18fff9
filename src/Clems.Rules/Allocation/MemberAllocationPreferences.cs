using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Allocation;

/// <summary>What a member declares about its own interests: how many places its resources allow, and its ranking.</summary>
/// <remarks>
/// Without a cap a member can take a place in every project it is interested in. Projects missing from the ranking come
/// after the ranked ones, in the default order: the member's own committed amount to the project (larger first), then
/// the earlier interest, then the project id.
/// </remarks>
public sealed class MemberAllocationPreferences
{
    /// <summary>Creates a member's preferences.</summary>
    /// <param name="member">The member organisation.</param>
    /// <param name="cap">How many project places its resources allow; <see langword="null"/> for no limit.</param>
    /// <param name="ranking">Its interests' projects, most wanted first; may be partial or empty.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="cap"/> is negative.</exception>
    public MemberAllocationPreferences(OrganizationId member, int? cap, IEnumerable<InitiativeId>? ranking = null)
    {
        Preconditions.CheckArgumentRange(cap is null or >= 0, nameof(cap), cap, "A member's cap is zero or more places.");
        Member = member;
        Cap = cap;
        Ranking = Preconditions.CheckItems(ranking ?? []);
    }

    /// <summary>The member organisation.</summary>
    public OrganizationId Member { get; }

    /// <summary>How many project places its resources allow; <see langword="null"/> for no limit.</summary>
    public int? Cap { get; }

    /// <summary>The projects it ranks, most wanted first.</summary>
    public ImmutableArray<InitiativeId> Ranking { get; }
}
