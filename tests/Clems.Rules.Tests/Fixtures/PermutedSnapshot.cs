using System.Linq;
using Clems.Rules.Engine;
using NodaTime;

namespace Clems.Rules.Tests.Fixtures;

/// The rich snapshot with every array (and every array inside its elements) in an order FsCheck chose, and an as-of date.
public sealed record PermutedSnapshot(ClusterSnapshot Snapshot, LocalDate AsOf)
{
    public override string ToString()
        => $"as of {AsOf:yyyy-MM-dd}; organisations {string.Join(",", Snapshot.Organizations.Select(o => o.Id))}; "
            + $"initiatives {string.Join(",", Snapshot.Initiatives.Select(i => i.Id))}";
}
