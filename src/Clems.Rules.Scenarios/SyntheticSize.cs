namespace Clems.Rules.Scenarios;

/// <summary>The named sizes of a synthetic cluster (see <see cref="SyntheticCounts.For"/> for their counts).</summary>
public enum SyntheticSize
{
    /// <summary>Small: 200 organisations, 40 projects, 1,000 interests, 40 tender notices. For tests and examples.</summary>
    S,

    /// <summary>Medium: 10,000 organisations, 1,000 projects, 100,000 interests, 200 tender notices.</summary>
    M,

    /// <summary>Large: 100,000 organisations, 10,000 projects, 1,000,000 interests, 1,000 tender notices.</summary>
    L,
}
