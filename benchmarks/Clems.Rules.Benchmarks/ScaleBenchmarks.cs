using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Clems.Rules.Engine;
using Clems.Rules.Reference;
using Clems.Rules.Scenarios;
using NodaTime;

namespace Clems.Rules.Benchmarks;

/// End-to-end evaluation at scale: the synthetic clusters S (1k interests), M (100k) and L (1M) with seed 7,
/// evaluated by the engine and by the plain C# reference model (tests/Clems.Rules.Reference), which makes the same
/// decisions (the differential tests check it). Both run in the same job, so the Ratio column is engine / baseline.
/// An evaluation at L takes seconds: every iteration is one invocation (no pilot stage, no unrolling), after one warm-up.
[MemoryDiagnoser]
[Config(typeof(ScaleConfig))]
public class ScaleBenchmarks
{
    private GovernanceEngine _engine = null!;
    private ClusterSnapshot _snapshot = null!;
    private LocalDate _asOf;

    /// The named synthetic size.
    [Params("S", "M", "L")]
    public string Size { get; set; } = "S";

    [GlobalSetup]
    public void Setup()
    {
        var document = SyntheticScenario.Generate(Enum.Parse<SyntheticSize>(Size), seed: 7);
        _snapshot = document.Snapshot;
        _asOf = document.AsOf ?? SyntheticScenario.AsOf;
        _engine = new GovernanceEngine();
    }

    [Benchmark]
    public GovernanceReport Engine() => _engine.Evaluate(_snapshot, _asOf);

    [Benchmark(Baseline = true)]
    public IReadOnlyList<ReferenceDecision> Baseline() => ReferenceModel.Decide(_snapshot, _asOf);

    /// One launch, one warm-up and three measured iterations of one invocation each: an L evaluation runs five or six
    /// times per method (jitting, warm-up, iterations), never the dozens a pilot stage would ask for.
    private sealed class ScaleConfig : ManualConfig
    {
        public ScaleConfig() => AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Scale"));
    }
}
