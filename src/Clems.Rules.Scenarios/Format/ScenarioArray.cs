using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios.Reading;

namespace Clems.Rules.Scenarios.Format;

/// One top-level array of the document: its field name, and how the reader puts its items into a snapshot and the
/// writer writes them back. <see cref="ScenarioArrays.All"/> lists every one in document order.
internal abstract class ScenarioArray
{
    private protected ScenarioArray(string name) => Name = name;

    /// The array's field name in the document.
    internal string Name { get; }

    /// An entry of the table: <paramref name="read"/> reads one item (null, with its problems logged, when it cannot),
    /// <paramref name="store"/> returns the snapshot with the items read (<c>snapshot with { X = [.. items] }</c>),
    /// <paramref name="items"/> gives the snapshot's items to write and <paramref name="write"/> writes one.
    internal static ScenarioArray Of<T>(
        string name,
        Func<ProblemLog, JsonElement, string, T?> read,
        Func<ClusterSnapshot, List<T>, ClusterSnapshot> store,
        Func<ClusterSnapshot, ImmutableArray<T>> items,
        Action<Utf8JsonWriter, T> write)
        where T : class
        => new Entry<T>(name, read, store, items, write);

    /// Reads the array from the document (absent means empty) and returns <paramref name="snapshot"/> with its items.
    internal abstract ClusterSnapshot Read(ProblemLog log, JsonFields document, ClusterSnapshot snapshot);

    /// Writes the snapshot's items as the array, even when there are none.
    internal abstract void Write(Utf8JsonWriter json, ClusterSnapshot snapshot);

    private sealed class Entry<T>(
        string name,
        Func<ProblemLog, JsonElement, string, T?> read,
        Func<ClusterSnapshot, List<T>, ClusterSnapshot> store,
        Func<ClusterSnapshot, ImmutableArray<T>> items,
        Action<Utf8JsonWriter, T> write) : ScenarioArray(name)
        where T : class
    {
        private const int FlushThreshold = 64 * 1024;

        internal override ClusterSnapshot Read(ProblemLog log, JsonFields document, ClusterSnapshot snapshot)
            => store(snapshot, document.Array(Name, (element, path) => read(log, element, path)));

        internal override void Write(Utf8JsonWriter json, ClusterSnapshot snapshot)
        {
            json.WriteStartArray(Name);
            foreach (var item in items(snapshot))
            {
                // Utf8JsonWriter hands its buffer to the stream only when flushed: flushing every 64 KiB keeps a large
                // document (a million interests) from being held whole in memory.
                if (json.BytesPending >= FlushThreshold)
                {
                    json.Flush();
                }

                write(json, item);
            }

            json.WriteEndArray();
        }
    }
}
