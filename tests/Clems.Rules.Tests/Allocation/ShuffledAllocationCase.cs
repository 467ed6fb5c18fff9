using Clems.Rules.Engine;

namespace Clems.Rules.Tests.Allocation;

/// An allocation case and the same snapshot with every array shuffled (members' own rankings kept: they are orders).
public sealed record ShuffledAllocationCase(AllocationCase Case, ClusterSnapshot Shuffled)
{
    public override string ToString() => Case.ToString();
}
