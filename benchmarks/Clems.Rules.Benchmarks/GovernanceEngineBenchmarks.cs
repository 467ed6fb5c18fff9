using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using NodaTime;

namespace Clems.Rules.Benchmarks;

/// The cost of the two things a host pays for: compiling the rule catalogue (once per process) and evaluating a
/// cluster snapshot (once per request), measured on the bundled example (docs/examples/clems-cluster.json).
[MemoryDiagnoser]
public class GovernanceEngineBenchmarks
{
    private GovernanceEngine _engine = null!;
    private ClusterSnapshot _snapshot = null!;
    private LocalDate _asOf;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new GovernanceEngine();
        using var json = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "examples", "clems-cluster.json"));
        var scenario = ScenarioReader.Read(json);
        _snapshot = scenario.Snapshot;
        _asOf = scenario.AsOf ?? throw new InvalidOperationException("The bundled example names its as-of date.");
    }

    [Benchmark]
    public GovernanceReport Evaluate_BundledExample() => _engine.Evaluate(_snapshot, _asOf);

    [Benchmark]
#pragma warning disable CA1822 // BenchmarkDotNet runs instance methods only.
    public GovernanceEngine EngineCreation() => new();
#pragma warning restore CA1822
}
