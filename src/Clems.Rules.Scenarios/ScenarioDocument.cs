using Clems.Rules.Engine;
using NodaTime;

namespace Clems.Rules.Scenarios;

/// <summary>A scenario document: a cluster snapshot with the date to evaluate it on and the published lottery seed.</summary>
public sealed class ScenarioDocument
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates a document.</summary>
    /// <param name="snapshot">The cluster's state.</param>
    /// <param name="asOf">The date to evaluate on, if the document fixes one.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <remarks>The lottery seed travels with the snapshot (<see cref="ClusterSnapshot.LotterySeed"/>).</remarks>
    public ScenarioDocument(ClusterSnapshot snapshot, LocalDate? asOf = null)
    {
        System.ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        AsOf = asOf;
    }

    /// <summary>The schema version of the document.</summary>
    /// <value>Always <see cref="CurrentSchemaVersion"/>.</value>
    public int SchemaVersion { get; } = CurrentSchemaVersion;

    /// <summary>The date the document asks to be evaluated on; <see langword="null"/> when it leaves it to the caller.</summary>
    public LocalDate? AsOf { get; }

    /// <summary>The published lottery seed (<see cref="ClusterSnapshot.LotterySeed"/>); <see langword="null"/> when none is given.</summary>
    public string? LotterySeed => Snapshot.LotterySeed;

    /// <summary>The cluster's state.</summary>
    public ClusterSnapshot Snapshot { get; }
}
