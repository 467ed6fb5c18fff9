using System.Collections.Generic;
using Clems.Rules.Initiatives;

namespace Clems.Rules.Executive;

/// The single per-evaluation fact that maps each initiative to its index in the snapshot, so that an input problem
/// found while ranking (G12: contributions that cannot be compared) is reported with its JSON path.
internal sealed class SnapshotPositions
{
    public SnapshotPositions(IReadOnlyDictionary<InitiativeId, int> initiatives) => Initiatives = initiatives;

    public IReadOnlyDictionary<InitiativeId, int> Initiatives { get; }
}
