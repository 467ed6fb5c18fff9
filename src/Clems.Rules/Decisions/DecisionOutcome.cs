namespace Clems.Rules.Decisions;

/// <summary>The outcome of a decision.</summary>
public enum DecisionOutcome
{
    /// <summary>The framework version is the one applied at the as-of date (G1).</summary>
    Applied,

    /// <summary>The initiative meets G9, G10 and G11 and may run as a project.</summary>
    Runnable,

    /// <summary>The idea lacks an action plan, a budget or the funding to cover it (G11).</summary>
    NotRunnable,

    /// <summary>The request is refused under the clause cited (e.g. G9, G10).</summary>
    Rejected,
}
