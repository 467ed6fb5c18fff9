using BenchmarkDotNet.Attributes;
using Clems.Rules.Allocation;

namespace Clems.Rules.Benchmarks;

/// The allocation step alone (member-proposing deferred acceptance over packed integer keys) on a synthetic cluster of
/// 100,000 members, 10,000 projects and 1,000,000 interests with skewed project popularity, with and without binding caps.
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private AllocationInput _input = null!;

    [Params(false, true)]
    public bool BindingCaps { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = SyntheticAllocation.Create(members: 100_000, projects: 10_000, interestsPerMember: 10, BindingCaps, seed: 7);
        _tieColumns = new int[_input.ProjectCount];
        System.Array.Fill(_tieColumns, 2);
    }

    private int[] _tieColumns = null!;

    [Benchmark]
    public object DeferredAcceptance_1M() => DeferredAcceptance.Run(_input);

    /// The same run without a published seed: every refusal also compares the key prefix before the lottery ticket
    /// (the tier and the amount rank, 50 values, so many refusals tie and are recorded).
    [Benchmark]
    public object DeferredAcceptance_1M_Seedless() => DeferredAcceptance.Run(_input, _tieColumns);
}
