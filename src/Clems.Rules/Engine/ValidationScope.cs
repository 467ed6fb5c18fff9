using System;
using System.Collections.Generic;
using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

/// What every area's validation shares: the snapshot, the problem list, and the ids of every identified array
/// (id → index of its first occurrence), so that a reference is checked without a second pass.
internal sealed class ValidationScope : AreaScope
{
    private readonly Dictionary<IdentifiedArray, Dictionary<string, int>> _ids = [];

    internal ValidationScope(ClusterSnapshot snapshot)
        : base(snapshot)
    {
    }

    internal List<ValidationProblem> Problems { get; } = [];

    /// Reports a problem of kind <paramref name="code"/>.
    internal void Add(ItemPath path, string code, string message) => Problems.Add(new(path.ToString(), code, message));

    /// Reports the problem a public Check function found, if any.
    internal void Add(ValidationProblem? problem)
    {
        if (problem is not null)
        {
            Problems.Add(problem);
        }
    }

    /// Indexes an identified array and reports each id used twice.
    internal void Index(IdentifiedArray array)
    {
        var ids = array.Ids(Snapshot);
        var seen = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            if (!seen.TryAdd(id, i))
            {
                Add(IdPath(array, i), CommonProblems.DuplicateId, $"The {array.What} id '{id}' is already used at {IdPath(array, seen[id])}; ids must be unique.");
            }
        }

        _ids.Add(array, seen);
    }

    /// The ids of an identified array: id → index of its first occurrence.
    internal IReadOnlyDictionary<string, int> Ids(IdentifiedArray array) => _ids[array];

    /// Reports a dangling reference into <paramref name="array"/> at <paramref name="path"/>; true when the id exists.
    internal bool CheckReference(IdentifiedArray array, string id, ItemPath path) => FindReference(array, id, path) >= 0;

    /// The referenced item's position in <paramref name="array"/>, or -1 after reporting a dangling reference.
    internal int FindReference(IdentifiedArray array, string id, ItemPath path)
    {
        if (_ids[array].TryGetValue(id, out var index))
        {
            return index;
        }

        AddDangling(path, array.What, id, array.Path);
        return -1;
    }

    /// Checks a list of references into <paramref name="array"/>: each resolves and none is listed twice.
    internal void CheckReferences<T>(IdentifiedArray array, IReadOnlyList<T> references, Func<T, string> id, Func<int, ItemPath> path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < references.Count; k++)
        {
            var value = id(references[k]);
            if (!_ids[array].ContainsKey(value))
            {
                AddDangling(path(k), array.What, value, array.Path);
            }
            else if (!seen.Add(value))
            {
                Add(path(k), CommonProblems.DuplicateListEntry, $"{Text.Capitalised(array.What)} '{value}' is listed twice; list each {array.What} once.");
            }
        }
    }

    /// Reports a reference to a <paramref name="what"/> that does not exist in <paramref name="where"/>.
    internal void AddDangling(ItemPath path, string what, string id, string where)
        => Add(path, CommonProblems.DanglingReference, $"No {what} with id '{id}' exists in {where}; fix the id or add the {what}.");

    private static ItemPath IdPath(IdentifiedArray array, int index) => new ItemPath(array.Path, index).Then(".id");
}
