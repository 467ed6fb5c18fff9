using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Xunit;

namespace Clems.Rules.Tests.Cli;

/// The table for people: the as-of date and framework, one row per decision with its rule and clauses, plain when redirected.
public sealed class EvaluateTableTests
{
    [Fact]
    public void Evaluate_Table_ShowsAsOfAndFrameworkApplied()
    {
        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath);

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("As of      2026-03-01 (from the document)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Framework  2026.1 (adopted 2025-11-20, in force from 2026-01-01)", run.Output, StringComparison.Ordinal);
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
        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath);

        // Assert: the line wraps at the table's width; the allocation tables follow it.
        var text = Regex.Replace(run.Output, @" *\n", " ");
        Assert.Contains(
            "╯ 92 decisions: 1 applied, 7 runnable, 5 not runnable, 17 rejected, 24 approved, 2 blocked, 1 flagged, 5 supported, "
            + "2 queued, 1 feasible, 1 infeasible, 1 recommended, 2 not recommended, 2 alerted, 5 admitted, 6 waitlisted, "
            + "4 ineligible, 4 allocated, 2 not allocated. ",
            text,
            StringComparison.Ordinal);
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

    private static string Compact(string text) => text.Replace(" ", string.Empty, StringComparison.Ordinal);

    private static GovernanceReport EvaluateExample()
    {
        using var stream = File.OpenRead(CliHarness.ExamplePath);
        var document = ScenarioReader.Read(stream);
        return new GovernanceEngine().Evaluate(document.Snapshot, document.AsOf!.Value);
    }
}
