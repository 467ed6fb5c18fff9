using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Allocation;

/// <summary>One interest in a project's key table: the member, its rank by the competition key, its key and its outcome.</summary>
public sealed class AllocationEntry
{
    private readonly ImmutableArray<string> _key;
    private readonly InterestFact? _source;

    /// <summary>Creates an entry.</summary>
    /// <param name="member">The interested member.</param>
    /// <param name="rank">Its rank among the project's eligible interests (1 is best); <see langword="null"/> when ineligible.</param>
    /// <param name="outcome">How the interest ended.</param>
    /// <param name="key">The key's values for people, one per criterion of <see cref="ProjectAllocation.Criteria"/>.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="rank"/> is below 1.</exception>
    public AllocationEntry(OrganizationId member, int? rank, AllocationOutcomeKind outcome, IEnumerable<string> key)
    {
        Preconditions.CheckArgumentRange(rank is null or >= 1, nameof(rank), rank, "Ranks start at 1.");
        Member = member;
        Rank = rank;
        Outcome = outcome;
        _key = Preconditions.CheckItems(key);
    }

    /// An eligible interest's entry, whose key for people is written when first read (and shared with the explanations).
    internal AllocationEntry(OrganizationId member, int rank, AllocationOutcomeKind outcome, InterestFact source)
    {
        Member = member;
        Rank = rank;
        Outcome = outcome;
        _source = source;
    }

    /// <summary>The interested member.</summary>
    public OrganizationId Member { get; }

    /// <summary>Its rank among the project's eligible interests (1 is best); <see langword="null"/> when ineligible.</summary>
    public int? Rank { get; }

    /// <summary>How the interest ended.</summary>
    public AllocationOutcomeKind Outcome { get; }

    /// <summary>The key's values for people, one per criterion of the project's key.</summary>
    public ImmutableArray<string> Key => _source is null ? _key : ImmutableCollectionsMarshal.AsImmutableArray(_source.KeyDisplay);
}
