namespace Clems.Rules.Tests.Fixtures;

/// Entry point for initiatives: <c>An.Initiative("i-1").By("org-a")</c>.
internal static class An
{
    /// A runnable initiative by default once it has an initiator: one activity, a 12,000.00 RON budget fully funded.
    public static InitiativeBuilder Initiative(string id) => new(id);
}
