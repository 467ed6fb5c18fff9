namespace Clems.Rules.Engine;

/// <summary>The stages of <see cref="GovernanceEngine.Evaluate(ClusterSnapshot, NodaTime.LocalDate, System.IProgress{EvaluationStage}?)"/>,
/// in the order they run.</summary>
public enum EvaluationStage
{
    /// <summary>Checking the snapshot's references and constraints, and choosing the framework in force.</summary>
    Validation,

    /// <summary>Projecting the snapshot into facts and firing the governance rules (G1–G7, G9–G15, S1–S15).</summary>
    Rules,

    /// <summary>The allocation of project places (G8, G16): its rules, the allocator and the rule that explains each outcome.
    /// It runs, and is reported, even when the snapshot has no projects.</summary>
    Allocation,

    /// <summary>Putting the decisions in report order and building the <see cref="GovernanceReport"/>.</summary>
    Report,
}
