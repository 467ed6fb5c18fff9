using System.Collections.Generic;

namespace Clems.Rules.Engine;

/// What every area's validation shares: the snapshot, the problem list, and the ids known so far (id → index, or for
/// representatives id → path) so that references are checked without a second pass.
internal sealed class ValidationScope
{
    internal ValidationScope(
        ClusterSnapshot snapshot,
        List<ValidationProblem> problems,
        Dictionary<string, int> organizations,
        Dictionary<string, int> groups,
        Dictionary<string, string> representatives,
        Dictionary<string, int> initiatives)
    {
        Snapshot = snapshot;
        Problems = problems;
        Organizations = organizations;
        Groups = groups;
        Representatives = representatives;
        Initiatives = initiatives;
    }

    internal ClusterSnapshot Snapshot { get; }

    internal List<ValidationProblem> Problems { get; }

    internal Dictionary<string, int> Organizations { get; }

    internal Dictionary<string, int> Groups { get; }

    internal Dictionary<string, string> Representatives { get; }

    internal Dictionary<string, int> Initiatives { get; }
}
