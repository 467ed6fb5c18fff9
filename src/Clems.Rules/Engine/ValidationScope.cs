using System.Collections.Generic;

namespace Clems.Rules.Engine;

/// What every area's validation shares: the snapshot, the problem list, and the ids known so far (id → index, or for
/// representatives id → organisation and position) so that references are checked without a second pass.
internal sealed class ValidationScope
{
    internal ValidationScope(
        ClusterSnapshot snapshot,
        List<ValidationProblem> problems,
        Dictionary<string, int> organizations,
        Dictionary<string, int> groups,
        Dictionary<string, (int Organization, int Index)> representatives,
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

    internal Dictionary<string, (int Organization, int Index)> Representatives { get; }

    internal Dictionary<string, int> Initiatives { get; }
}
