namespace Clems.Rules.Allocation;

/// <summary>The phase of a project a resource commitment is made for (G8).</summary>
public enum CommitmentPhase
{
    /// <summary>The preparation phase: committers here come first in the project's competition (G8).</summary>
    Preparation,

    /// <summary>The implementation phase.</summary>
    Implementation,
}
