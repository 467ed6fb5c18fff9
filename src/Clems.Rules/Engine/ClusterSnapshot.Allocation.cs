using System.Collections.Immutable;
using Clems.Rules.Allocation;
using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

public sealed partial class ClusterSnapshot
{
    private readonly ImmutableArray<ProjectPlaces> _projects = [];
    private readonly ImmutableArray<Interest> _interests = [];
    private readonly ImmutableArray<ResourceCommitment> _commitments = [];
    private readonly ImmutableArray<MemberAllocationPreferences> _memberPreferences = [];

    /// <summary>The projects whose places are allocated (G8, G16).</summary>
    public ImmutableArray<ProjectPlaces> Projects { get => _projects; init => _projects = Preconditions.CheckItems(value); }

    /// <summary>The members' interests in project places.</summary>
    public ImmutableArray<Interest> Interests { get => _interests; init => _interests = Preconditions.CheckItems(value); }

    /// <summary>The resources members committed to projects.</summary>
    public ImmutableArray<ResourceCommitment> Commitments { get => _commitments; init => _commitments = Preconditions.CheckItems(value); }

    /// <summary>The members' caps and rankings.</summary>
    public ImmutableArray<MemberAllocationPreferences> MemberPreferences { get => _memberPreferences; init => _memberPreferences = Preconditions.CheckItems(value); }

    /// <summary>The published lottery seed that ends competition ties (G16); <see langword="null"/> when none is published.</summary>
    /// <remarks>A tie that reaches the lottery without a seed is an input error naming the tied members.</remarks>
    public string? LotterySeed { get; init; }
}
