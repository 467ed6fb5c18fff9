using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios;
using Xunit;

namespace Clems.Rules.Tests.Cli;

public sealed class SyntheticCommandsTests
{
    [Fact]
    public void Generate_ExplicitCounts_WritesAFileThatEvaluateReads()
    {
        // Arrange
        using var folder = new TempScenario("{}");
        var path = Path.Combine(Path.GetDirectoryName(folder.Path)!, "generated.json");
        const int Interests = 300;

        // Act
        var generate = CliHarness.Run(
            "generate", "--members", "60", "--projects", "8", "--interests", $"{Interests}", "--tenders", "7", "--seed", "3", "-o", path);
        var evaluate = CliHarness.Run("evaluate", path, "--format", "json");

        // Assert
        Assert.Equal(0, generate.ExitCode);
        Assert.Contains($"{Interests} interests", generate.Output, StringComparison.Ordinal);
        Assert.Equal(0, evaluate.ExitCode);
        Assert.Equal("", evaluate.Error);
        using var stream = File.OpenRead(path);
        Assert.Equal(Interests, ScenarioReader.Read(stream).Snapshot.Interests.Length);
    }

    [Fact]
    public void Generate_SameSeedTwice_WritesTheSameBytes()
    {
        // Arrange
        using var folder = new TempScenario("{}");
        var first = Path.Combine(Path.GetDirectoryName(folder.Path)!, "first.json");
        var second = Path.Combine(Path.GetDirectoryName(folder.Path)!, "second.json");

        // Act
        CliHarness.Run("generate", "--size", "S", "--seed", "9", "-o", first);
        CliHarness.Run("generate", "--size", "S", "--seed", "9", "-o", second);

        // Assert
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Generate_TooManyInterests_IsInvalidInput()
    {
        // Arrange: one interest more than there are member–project pairs.
        const int Members = 2, Projects = 2;

        // Act
        var run = CliHarness.Run(
            "generate", "--members", $"{Members}", "--projects", $"{Projects}", "--interests", $"{(Members * Projects) + 1}", "-o", "unused.json");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"at most {Members * Projects} interests", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_Json_WritesTheSummaryFields()
    {
        // Act
        var run = CliHarness.Run("simulate", "--size", "S", "--seed", "7", "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("S", root.GetProperty("size").GetString());
        Assert.Equal(
            ["generate", "validate", "rules", "allocation", "report"],
            root.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToArray());
        Assert.True(root.GetProperty("peakWorkingSetBytes").GetInt64() > 0);
        Assert.True(root.GetProperty("decisions").GetProperty("byOutcome").GetProperty("admitted").GetInt32() > 0);
        Assert.True(root.GetProperty("decisions").GetProperty("byClause").GetProperty("G16").GetInt32() > 0);
        Assert.True(root.GetProperty("places").GetProperty("filled").GetInt64() > 0);
        Assert.True(root.GetProperty("lottery").GetProperty("decidedByLottery").GetInt64() > 0);
        Assert.Equal(
            Enum.GetValues<OrganizationKind>().Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString())),
            root.GetProperty("admittedByKind").EnumerateArray().Select(k => k.GetProperty("kind").GetString()));
        Assert.Contains("allocation: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_Table_WritesTheSummary()
    {
        // Act
        var run = CliHarness.Run("simulate", "--members", "60", "--projects", "8", "--interests", "300", "--tenders", "7");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Simulation of size custom, seed 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("Decided by the lottery:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Places filled:", run.Output, StringComparison.Ordinal);
    }
}
