using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace Clems.Rules.Tests.Cli;

/// The table for people: the as-of date and framework, one row per decision with its rule and clauses, plain when redirected.
public sealed class EvaluateTableTests
{
    [Fact]
    public void Evaluate_Table_ShowsAsOfAndFrameworkApplied()
    {
        // Arrange: the document's asOf and the framework version the engine applies on it.
        var framework = EvaluateExample().Framework;
        var asOf = (string?)JsonNode.Parse(File.ReadAllText(CliHarness.ExamplePath))!["asOf"];

        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"As of      {asOf} (from the document)", run.Output, StringComparison.Ordinal);
        Assert.Contains(
            $"Framework  {framework.Id.Value} (adopted {Iso(framework.AdoptedOn)}, in force from {Iso(framework.EffectiveFrom)})",
            run.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Table_HasARowWithEachDecisionsSubjectRuleAndClauses()
    {
        // Arrange
        var report = EvaluateExample();

        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath, "--format", "table");

        // Assert: a cell that does not fit its column wraps onto the row's next lines (the Outcome column never wraps, so a
        // non-empty Outcome cell starts a row); compare each cell's text with the spaces that wrapping removed taken out.
        Assert.Equal(0, run.ExitCode);
        var rows = DecisionRows(run.Output);
        foreach (var decision in report.Decisions)
        {
            var subject = Compact($"{decision.Subject.Id}");
            var clauses = Compact(string.Join(", ", decision.Clauses));
            Assert.Contains(rows, row =>
                row[0].EndsWith(subject, StringComparison.Ordinal)
                && row[2] == Compact(decision.RuleId)
                && row[3] == clauses);
        }
    }

    [Fact]
    public void Evaluate_Table_FollowsTheDecisionsWithTheCountByOutcome()
    {
        // Arrange: the count of the report's decisions, then of each outcome that occurs, in the order DecisionOutcome
        // declares them, each outcome in lower-case words ("NotRunnable" is "not runnable").
        var report = EvaluateExample();
        var counts = Enum.GetValues<DecisionOutcome>()
            .Select(outcome => (Outcome: outcome, Count: report.Decisions.Count(d => d.Outcome == outcome)))
            .Where(c => c.Count > 0)
            .Select(c => $"{c.Count} {Words(c.Outcome)}");
        var expected = $"╯ {report.Decisions.Length} decisions: {string.Join(", ", counts)}. ";

        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath);

        // Assert: the line wraps at the table's width; the allocation tables follow it.
        var text = Regex.Replace(run.Output, @" *\n", " ");
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TableRedirected_WritesNoAnsiEscapes()
    {
        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath);

        // Assert
        Assert.DoesNotContain('\u001b', run.Output);
    }

    /// The cells of each row of the decisions table, each cell's wrapped lines joined without spaces.
    private static List<string[]> DecisionRows(string output)
    {
        var rows = new List<string[]>();
        var table = output.Split('\n').SkipWhile(l => !l.StartsWith("│ Subject", StringComparison.Ordinal)).Skip(2);
        foreach (var line in table.TakeWhile(l => l.StartsWith('│')))
        {
            var cells = line.Split('│')[1..^1].Select(c => c.Trim()).ToArray();
            if (cells[1].Length > 0)
            {
                rows.Add(new string[cells.Length]);
            }

            var row = rows[^1];
            for (var i = 0; i < cells.Length; i++)
            {
                row[i] += Compact(cells[i]);
            }
        }

        return rows;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Words(DecisionOutcome outcome)
        => Regex.Replace(outcome.ToString(), "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant();

    private static string Compact(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal);

    private static GovernanceReport EvaluateExample()
    {
        using var stream = File.OpenRead(CliHarness.ExamplePath);
        var document = ScenarioReader.Read(stream);
        return new GovernanceEngine().Evaluate(document.Snapshot, document.AsOf!.Value);
    }
}
