using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;

namespace Clems.Rules.Decisions;

/// <summary>Points at one input fact a decision was made from (an organisation, a membership term, an initiative…).</summary>
/// <param name="Kind">The kind of fact.</param>
/// <param name="Id">The fact's id or, for facts without one, the ids that identify it joined by <c>/</c>.</param>
public readonly record struct FactReference(FactKind Kind, string Id) : IComparable<FactReference>
{
    private static readonly ImmutableArray<string> s_names =
        [.. Enum.GetValues<FactKind>().Order().Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString()))];

    /// <summary>The kind in camelCase as the scenario format names it, e.g. <c>workingGroup</c>.</summary>
    public string KindName => s_names[(int)Kind];

    /// <inheritdoc/>
    /// <remarks>By <see cref="KindName"/> (ordinal), then by id (ordinal).</remarks>
    public int CompareTo(FactReference other)
    {
        var byKind = string.CompareOrdinal(KindName, other.KindName);
        return byKind != 0 ? byKind : string.CompareOrdinal(Id, other.Id);
    }

    /// <summary>Formats the reference as <c>kind:id</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{KindName}:{Id}";
}
