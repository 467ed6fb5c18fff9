using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Utility;

namespace Clems.Rules.Allocation;

/// <summary>The whole allocation of an evaluation: every project's key table and cutoff, and every member's places.</summary>
public sealed class AllocationResult
{
    /// <summary>Creates an allocation result.</summary>
    /// <param name="projects">The projects, ordered by id.</param>
    /// <param name="members">The members with at least one interest, ordered by id.</param>
    public AllocationResult(IEnumerable<ProjectAllocation> projects, IEnumerable<MemberAllocation> members)
    {
        Projects = Preconditions.CheckItems(projects);
        Members = Preconditions.CheckItems(members);
    }

    /// <summary>An empty result: no project places in the snapshot.</summary>
    public static AllocationResult Empty { get; } = new([], []);

    /// <summary>The projects, ordered by id.</summary>
    public ImmutableArray<ProjectAllocation> Projects { get; }

    /// <summary>The members with at least one interest, ordered by id.</summary>
    public ImmutableArray<MemberAllocation> Members { get; }
}
