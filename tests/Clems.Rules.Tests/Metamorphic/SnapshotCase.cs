using Clems.Rules.Engine;
using NodaTime;

namespace Clems.Rules.Tests.Metamorphic;

/// A snapshot to transform and the date it is evaluated on; the name says where it comes from.
public sealed record SnapshotCase(string Name, ClusterSnapshot Snapshot, LocalDate AsOf)
{
    public override string ToString() => $"{Name} as of {AsOf:yyyy-MM-dd}";
}
