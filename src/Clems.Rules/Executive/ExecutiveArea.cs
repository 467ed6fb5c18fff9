using System.Collections.Generic;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;

namespace Clems.Rules.Executive;

/// The executive team's capacity (G7, G12): it ranks the runnable initiatives the initiative rules find, and needs only
/// each initiative's position in the snapshot (the order a tie is reported in).
internal sealed class ExecutiveArea : GovernanceArea
{
    internal override string Name => "Executive";

    internal override void Project(ProjectionScope scope)
    {
        var positions = new Dictionary<InitiativeId, int>();
        for (var i = 0; i < scope.Snapshot.Initiatives.Length; i++)
        {
            positions[scope.Snapshot.Initiatives[i].Id] = i;
        }

        scope.Facts.Add(new SnapshotPositions(positions));
    }
}
