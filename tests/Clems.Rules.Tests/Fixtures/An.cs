namespace Clems.Rules.Tests.Fixtures;

/// Entry points for initiatives and allocation scenarios: <c>An.Initiative("i-1").By("org-a")</c>,
/// <c>An.AllocationScenario().Members("org-a").Project("p1", 2).Interest("org-a", "p1")</c>.
internal static class An
{
    /// A runnable initiative by default once it has an initiator: one activity, a 12,000.00 RON budget fully funded.
    public static InitiativeBuilder Initiative(string id) => new(id);

    /// A snapshot for the allocation tests, with the lottery seed <see cref="SnapshotBuilder.AllocationSeed"/> published.
    public static SnapshotBuilder AllocationScenario() => new SnapshotBuilder().WithLotterySeed(SnapshotBuilder.AllocationSeed);
}
