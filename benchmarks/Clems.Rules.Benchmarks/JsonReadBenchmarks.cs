using System.IO;
using BenchmarkDotNet.Attributes;
using Clems.Rules.Scenarios;

namespace Clems.Rules.Benchmarks;

/// Reading a scenario document: the synthetic M cluster (seed 7: 10,000 organisations, 1,000 projects, 100,000
/// interests) written once with <see cref="ScenarioWriter"/> in <c>[GlobalSetup]</c>, read back from memory with
/// <see cref="ScenarioReader"/> (parsing and validation).
[MemoryDiagnoser]
[ShortRunJob]
public class JsonReadBenchmarks
{
    private byte[] _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        ScenarioWriter.Write(SyntheticScenario.Generate(SyntheticSize.M, seed: 7), stream);
        _json = stream.ToArray();
    }

    [Benchmark]
    public ScenarioDocument JsonRead_M()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return ScenarioReader.Read(stream);
    }
}
