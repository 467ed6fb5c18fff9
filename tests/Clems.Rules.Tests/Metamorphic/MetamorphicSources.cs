using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Clems.Rules.Tests.Cli;
using Clems.Rules.Tests.Fixtures;
using NodaTime;

namespace Clems.Rules.Tests.Metamorphic;

/// A snapshot to transform and the date it is evaluated on; the name says where it comes from.
public sealed record SnapshotCase(string Name, ClusterSnapshot Snapshot, LocalDate AsOf)
{
    public override string ToString() => $"{Name} as of {AsOf:yyyy-MM-dd}";
}

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
            Snapshot = Example.Snapshot
                .With(nameof(ClusterSnapshot.Projects), ImmutableArray<ProjectPlaces>.Empty)
                .With(nameof(ClusterSnapshot.Interests), ImmutableArray<Interest>.Empty)
                .With(nameof(ClusterSnapshot.Commitments), ImmutableArray<ResourceCommitment>.Empty)
                .With(nameof(ClusterSnapshot.MemberPreferences), ImmutableArray<MemberAllocationPreferences>.Empty),
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
