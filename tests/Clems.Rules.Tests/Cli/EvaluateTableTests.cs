using System;
using System.IO;
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

        // Assert
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        foreach (var decision in report.Decisions)
        {
            var clauses = string.Join(", ", decision.Clauses);
            Assert.Contains(lines, line =>
                line.Contains($" {decision.Subject.Id} ", StringComparison.Ordinal)
                && line.Contains($" {decision.RuleId} ", StringComparison.Ordinal)
                && line.Contains($" {clauses} ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Evaluate_Table_EndsWithTheCountOfDecisionsByOutcome()
    {
        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath);

        // Assert
        Assert.EndsWith("19 decisions: 1 applied, 2 runnable, 5 not runnable, 6 rejected, 3 approved, 2 supported.\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TableRedirected_WritesNoAnsiEscapes()
    {
        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath);

        // Assert
        Assert.DoesNotContain('\u001b', run.Output);
    }

    private static GovernanceReport EvaluateExample()
    {
        using var stream = File.OpenRead(CliHarness.ExamplePath);
        var document = ScenarioReader.Read(stream);
        return new GovernanceEngine().Evaluate(document.Snapshot, document.AsOf!.Value);
    }
}
