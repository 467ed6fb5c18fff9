using System;

namespace Clems.Rules.Decisions;

/// <summary>Points at one input fact a decision was made from (an organisation, a membership term, an initiative…).</summary>
/// <param name="Kind">The kind of fact, in camelCase as the scenario format names it (e.g. <c>organization</c>).</param>
/// <param name="Id">The fact's id or, for facts without one, its JSON path in the snapshot.</param>
public readonly record struct FactReference(string Kind, string Id) : IComparable<FactReference>
{
    /// <inheritdoc/>
    public int CompareTo(FactReference other)
    {
        var byKind = string.CompareOrdinal(Kind, other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Id, other.Id);
    }

    /// <summary>Formats the reference as <c>kind:id</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}:{Id}";
}
