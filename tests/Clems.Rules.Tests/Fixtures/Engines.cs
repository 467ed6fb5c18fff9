using Clems.Rules.Engine;

namespace Clems.Rules.Tests.Fixtures;

/// One compiled engine for every test that evaluates whole snapshots (an engine is thread-safe and reusable).
internal static class Engines
{
    public static GovernanceEngine Shared { get; } = new();
}
