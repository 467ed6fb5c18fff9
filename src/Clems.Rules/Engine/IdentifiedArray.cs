using System;
using System.Collections.Generic;

namespace Clems.Rules.Engine;

/// A top-level array of the snapshot whose items have ids that must be unique and that other items refer to
/// (organisations, working groups, initiatives…). The validator indexes every declared array before any area checks
/// its references, so an area may refer to the ids of an area registered after it.
internal sealed class IdentifiedArray
{
    private readonly Func<ClusterSnapshot, IReadOnlyList<string>> _ids;

    private IdentifiedArray(string what, string path, Func<ClusterSnapshot, IReadOnlyList<string>> ids)
    {
        What = what;
        Path = path;
        _ids = ids;
    }

    /// What one item is called in a problem, e.g. <c>working group</c>.
    internal string What { get; }

    /// The JSON path of the array, e.g. <c>$.workingGroups</c>.
    internal string Path { get; }

    /// An array of <paramref name="items"/> identified by <paramref name="id"/>.
    internal static IdentifiedArray Of<T>(string what, string path, Func<ClusterSnapshot, IReadOnlyList<T>> items, Func<T, string> id)
        => new(what, path, snapshot => new IdView<T>(items(snapshot), id));

    /// The ids of the array's items, index for index.
    internal IReadOnlyList<string> Ids(ClusterSnapshot snapshot) => _ids(snapshot);

    private sealed class IdView<T>(IReadOnlyList<T> items, Func<T, string> id) : IReadOnlyList<string>
    {
        public int Count => items.Count;

        public string this[int index] => id(items[index]);

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++)
            {
                yield return id(items[i]);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
