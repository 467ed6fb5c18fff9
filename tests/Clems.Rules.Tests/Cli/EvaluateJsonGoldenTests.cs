using Xunit;

namespace Clems.Rules.Tests.Cli;

/// Golden output of `clems-rules evaluate docs/examples/clems-cluster.json --format json`, kept in
/// Golden/evaluate-clems-cluster.json (exactly ReportWriter.ToJson, ending in a newline). When a rule's wording or the
/// report's shape changes on purpose, run `python3 eng/update-golden.py` and review the diff of the golden file.
public sealed class EvaluateJsonGoldenTests
{
    [Fact]
    public void Evaluate_BundledExampleAsJson_WritesTheGoldenReport()
    {
        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath, "--format", "json");

        // Assert
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(0, run.ExitCode);
        GoldenFile.AssertMatches("evaluate-clems-cluster.json", run.Output);
    }
}
