using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Utility;

namespace Clems.Rules.Allocation;

/// <summary>The audit record of one project's allocation: its key, every interest ranked, and the cutoff (G8, G16).</summary>
public sealed class ProjectAllocation
{
    /// <summary>Creates a project's allocation record.</summary>
    /// <param name="project">The project (initiative).</param>
    /// <param name="places">How many places it offers.</param>
    /// <param name="allocated">Whether places were allocated (false for an oversubscribed project without agreed rules).</param>
    /// <param name="criteria">The key's criteria in order, from the preparation commitment to the lottery.</param>
    /// <param name="entries">Every interest: the eligible ones by rank, then the ineligible ones.</param>
    /// <param name="cutoffRank">The rank of the last admitted interest when every place is taken; otherwise <see langword="null"/>.</param>
    public ProjectAllocation(
        InitiativeId project,
        int places,
        bool allocated,
        IEnumerable<CompetitionCriterion> criteria,
        IEnumerable<AllocationEntry> entries,
        int? cutoffRank)
    {
        Preconditions.CheckArgumentRange(places >= 0, nameof(places), places, "A project offers zero or more places.");
        Project = project;
        Places = places;
        Allocated = allocated;
        Criteria = Preconditions.CheckItems(criteria);
        Entries = Preconditions.CheckItems(entries);
        CutoffRank = cutoffRank;
    }

    /// The allocator's path: the entries were built for this record alone and are kept without a copy.
    internal ProjectAllocation(InitiativeId project, int places, bool allocated, ImmutableArray<CompetitionCriterion> criteria, ImmutableArray<AllocationEntry> entries, int? cutoffRank)
    {
        Project = project;
        Places = places;
        Allocated = allocated;
        Criteria = criteria;
        Entries = entries;
        CutoffRank = cutoffRank;
    }

    /// <summary>The project (initiative).</summary>
    public InitiativeId Project { get; }

    /// <summary>How many places it offers.</summary>
    public int Places { get; }

    /// <summary>Whether its places were allocated.</summary>
    public bool Allocated { get; }

    /// <summary>The key's criteria in order: the preparation commitment, the agreed criteria, the lottery.</summary>
    public ImmutableArray<CompetitionCriterion> Criteria { get; }

    /// <summary>Every interest: the eligible ones by rank, then the ineligible ones by member id.</summary>
    public ImmutableArray<AllocationEntry> Entries { get; }

    /// <summary>The rank of the last admitted interest when every place is taken; <see langword="null"/> otherwise.</summary>
    public int? CutoffRank { get; }
}
