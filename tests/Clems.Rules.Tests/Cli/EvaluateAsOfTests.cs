using System;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Clems.Rules.Tests.Cli;

/// The as-of date: --as-of, else the document's asOf, else today in Europe/Bucharest by the injected clock.
public sealed class EvaluateAsOfTests
{
    [Fact]
    public void Evaluate_AsOfOption_OverridesTheDocumentsAsOf()
    {
        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath, "--format", "json", "--as-of", "2025-06-15");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var report = JsonNode.Parse(run.Output)!;
        Assert.Equal("2025-06-15", (string?)report["asOf"]);
        Assert.Equal("2024.1", (string?)report["framework"]!["id"]);
    }

    [Fact]
    public void Evaluate_AsOfOption_ChangesMembershipStanding()
    {
        // Arrange: on 2025-06-15 Agroplast's membership had not yet ended, so the film-recovery initiative is runnable.

        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath, "--format", "json", "--as-of", "2025-06-15");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("runnable", OutcomeOf(run.Output, "init-plastic-film-recovery"));
    }

    [Fact]
    public void Evaluate_NoAsOfOption_UsesTheDocumentsAsOf()
    {
        // Arrange: the example's own asOf, which is not the harness clock's today.
        var documentAsOf = (string?)JsonNode.Parse(System.IO.File.ReadAllText(CliHarness.ExamplePath))!["asOf"];
        Assert.NotEqual(LocalDatePattern.Iso.Format(CliHarness.DefaultNow.InUtc().Date), documentAsOf);

        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath, "--format", "json");

        // Assert
        Assert.Equal(documentAsOf, (string?)JsonNode.Parse(run.Output)!["asOf"]);
    }

    [Fact]
    public void Evaluate_NoAsOfAnywhere_UsesTodayInBucharestByTheClock()
    {
        // Arrange: 22:30 UTC on 1 March is already 2 March in Bucharest (UTC+2 in winter).
        var example = JsonNode.Parse(System.IO.File.ReadAllText(CliHarness.ExamplePath))!.AsObject();
        example.Remove("asOf");
        using var file = new TempScenario(example.ToJsonString());

        // Act
        var run = CliHarness.RunAt(Instant.FromUtc(2026, 3, 1, 22, 30), "evaluate", file.Path, "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2026-03-02", (string?)JsonNode.Parse(run.Output)!["asOf"]);
    }

    [Fact]
    public void Evaluate_TableWithoutAsOf_SaysTheDateIsTodayInBucharest()
    {
        // Arrange
        var example = JsonNode.Parse(System.IO.File.ReadAllText(CliHarness.ExamplePath))!.AsObject();
        example.Remove("asOf");
        using var file = new TempScenario(example.ToJsonString());

        // Act
        var run = CliHarness.RunAt(Instant.FromUtc(2026, 3, 1, 22, 30), "evaluate", file.Path);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2026-03-02 (today in Europe/Bucharest)", run.Output, StringComparison.Ordinal);
    }

    private static string? OutcomeOf(string reportJson, string initiativeId)
    {
        foreach (var decision in JsonNode.Parse(reportJson)!["decisions"]!.AsArray())
        {
            // The executive team's support (G12) is its own decision about the same initiative; read the G9–G11 one.
            if ((string?)decision!["subject"]!["id"] == initiativeId && (string?)decision["rule"] != "Executive.Capacity")
            {
                return (string?)decision["outcome"];
            }
        }

        return null;
    }
}
