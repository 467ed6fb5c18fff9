using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Clems.Rules.Engine;

namespace Clems.Rules.Tests.Metamorphic;

/// An order-preserving renaming of every identifier of a snapshot, and its inverse on report text.
/// With a prefix, p + a and p + b compare as a and b; renumbered, the identifiers sorted ordinally become p + "n" + a
/// fixed-width index, so the ordinal order is kept while their length and shape change.
internal sealed class Renaming
{
    private readonly Dictionary<string, string> _original = new(System.StringComparer.Ordinal);
    private readonly Regex? _renamed;

    public Renaming(ClusterSnapshot snapshot, RenameCase rename)
    {
        var ids = new SortedSet<string>(System.StringComparer.Ordinal);
        SnapshotTransform.RenameIds(snapshot, (_, id) => { ids.Add(id); return id; });
        var map = rename.Renumber
            ? ids.Select((id, i) => (id, rename.Prefix + "n" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))).ToDictionary(p => p.id, p => p.Item2, System.StringComparer.Ordinal)
            : ids.ToDictionary(id => id, id => rename.Prefix + id, System.StringComparer.Ordinal);
        Snapshot = SnapshotTransform.RenameIds(snapshot, (_, id) => map[id]);
        foreach (var (from, to) in map)
        {
            _original[to] = from;
        }

        _renamed = map.Count == 0
            ? null
            : new Regex("(?<![A-Za-z0-9_.-])(" + string.Join("|", map.Values.OrderByDescending(i => i.Length).Select(Regex.Escape)) + ")(?![A-Za-z0-9_-])");
    }

    /// The renamed snapshot.
    public ClusterSnapshot Snapshot { get; }

    /// The line with every renamed identifier, as a whole token, back to the original (names and other texts were not
    /// renamed, so a name equal to an identifier stays as it is).
    public string Unrenamed(string line) => _renamed?.Replace(line, m => _original[m.Value]) ?? line;
}
