namespace Clems.Rules.Decisions;

/// <summary>One clause of the CLEMS governance catalogue: its id, its meaning in short and, when no rule enforces it,
/// why it is descriptive.</summary>
public sealed class ClauseDescription
{
    internal ClauseDescription(ClauseId id, string title, string? descriptiveReason)
    {
        Id = id;
        Title = title;
        DescriptiveReason = descriptiveReason;
    }

    /// <summary>The clause id, e.g. <c>G10</c>.</summary>
    public ClauseId Id { get; }

    /// <summary>What the clause says, in one short sentence.</summary>
    public string Title { get; }

    /// <summary>Why no rule enforces the clause; <see langword="null"/> when rules enforce it.</summary>
    /// <value>A full sentence for a descriptive clause (e.g. a service offering whose only rule belongs to another
    /// clause); <see langword="null"/> for an enforced clause.</value>
    public string? DescriptiveReason { get; }

    /// <summary>Whether the clause is descriptive: documented, with <see cref="DescriptiveReason"/>, but enforced by no rule.</summary>
    public bool IsDescriptive => DescriptiveReason is not null;
}
