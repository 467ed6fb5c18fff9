using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Clems.Rules.Engine;

namespace Clems.Rules.Tests.Fixtures;

/// Copies a snapshot with one collection replaced, copying every other init property by reflection so that the copy
/// keeps the collections of every governance area, including ones added after this helper was written.
internal static class SnapshotCopy
{
    public static ClusterSnapshot With<T>(this ClusterSnapshot snapshot, string property, ImmutableArray<T> items)
    {
        var copy = new ClusterSnapshot();
        foreach (var p in typeof(ClusterSnapshot).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            p.SetValue(copy, p.Name == property ? items : p.GetValue(snapshot));
        }

        return copy;
    }
}
