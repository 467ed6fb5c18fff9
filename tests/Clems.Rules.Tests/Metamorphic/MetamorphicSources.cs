using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Clems.Rules.Scenarios;
using Clems.Rules.Tests.Cli;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Metamorphic;

/// The snapshots the metamorphic properties start from: the bundled example, the rich snapshot and synthetic scenarios.
internal static class MetamorphicSources
{
    private static readonly Lazy<ScenarioDocument> s_example = new(() =>
    {
        using var stream = File.OpenRead(CliHarness.ExamplePath);
        return ScenarioReader.Read(stream);
    });

    public static SnapshotCase Example => new("example", s_example.Value.Snapshot, s_example.Value.AsOf ?? SyntheticScenario.AsOf);

    /// The example without its allocation facts (projects, interests, commitments, preferences): no lottery draw left.
    public static SnapshotCase ExampleWithoutProjects
        => Example with
        {
            Name = "example without projects",
            Snapshot = Example.Snapshot with { Projects = [], Interests = [], Commitments = [], MemberPreferences = [] },
        };

    public static ImmutableArray<SnapshotCase> Rich { get; } =
        [.. RichSnapshot.AsOfDates.Select(d => new SnapshotCase("rich", RichSnapshot.Build(), d))];

    public static SnapshotCase Synthetic(ulong seed)
    {
        var document = SyntheticScenario.Generate(SyntheticSize.S, seed);
        return new($"synthetic S seed {seed}", document.Snapshot, document.AsOf ?? SyntheticScenario.AsOf);
    }

    /// The seeds of the synthetic scenarios: a few, so that a run with the default case count meets each of them.
    public static ImmutableArray<ulong> SyntheticSeeds { get; } = [1, 2, 3, 42, 2026];
}
