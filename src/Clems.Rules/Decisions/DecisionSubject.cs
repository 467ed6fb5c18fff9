using System;

namespace Clems.Rules.Decisions;

/// <summary>What a decision is about: a kind and the id of the subject in the snapshot.</summary>
/// <param name="Kind">The kind of subject.</param>
/// <param name="Id">The subject's id as written in the snapshot.</param>
public readonly record struct DecisionSubject(SubjectKind Kind, string Id) : IComparable<DecisionSubject>
{
    /// <inheritdoc/>
    public int CompareTo(DecisionSubject other)
    {
        var byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Id, other.Id);
    }

    /// <summary>Formats the subject as <c>Kind:id</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}:{Id}";
}
