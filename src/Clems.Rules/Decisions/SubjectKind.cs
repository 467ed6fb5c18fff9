namespace Clems.Rules.Decisions;

/// <summary>What a decision is about.</summary>
public enum SubjectKind
{
    /// <summary>The framework version applied (G1).</summary>
    Framework,

    /// <summary>An organisation.</summary>
    Organization,

    /// <summary>A working group.</summary>
    WorkingGroup,

    /// <summary>An initiative (an idea or a runnable project).</summary>
    Initiative,
}
