using System;
using System.Linq;
using System.Text.Json.Nodes;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Xunit;

namespace Clems.Rules.Tests.Cli;

/// `clems-rules rules`: the catalogue of compiled rules as a table, JSON or the traceability page.
public sealed class RulesCommandTests
{
    private static readonly GovernanceEngine Engine = new();

    [Fact]
    public void Rules_Json_ListsEveryCompiledRuleWithItsClausesAndMatches()
    {
        // Act
        var run = CliHarness.Run("rules", "--format", "json");

        // Assert
        Assert.Equal(0, run.ExitCode);
        var rules = JsonNode.Parse(run.Output)!.AsArray();
        Assert.Equal(Engine.Rules.Select(r => r.Id), rules.Select(r => (string)r!["id"]!));
        var membersOnly = rules.Single(r => (string?)r!["id"] == "Initiatives.MembersOnly")!;
        Assert.Equal(["G10"], membersOnly["clauses"]!.AsArray().Select(c => (string)c!));
        Assert.Equal("MembersOnlyRule", (string?)membersOnly["class"]);
        Assert.NotEmpty(membersOnly["matches"]!.AsArray());
    }

    [Fact]
    public void Rules_Table_HasARowPerRuleAndTheCount()
    {
        // Arrange: every clause of the catalogue is enforced by a rule or descriptive, never both
        // (ClauseTraceabilityTests), so the rules enforce exactly the clauses that are not descriptive.
        var enforced = ClauseCatalogue.Clauses.Count(c => !c.IsDescriptive);

        // Act
        var run = CliHarness.Run("rules");

        // Assert
        Assert.Equal(0, run.ExitCode);
        Assert.All(Engine.Rules, r => Assert.Contains($"│ {r.Id} ", run.Output, StringComparison.Ordinal));
        Assert.Contains(
            $"{Engine.Rules.Length} rules enforcing {enforced} of the {ClauseCatalogue.Clauses.Length} clauses.",
            run.Output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_MarkdownWithAMissingExample_IsInvalidInput()
    {
        // Act
        var run = CliHarness.Run("rules", "--format", "markdown", "--example", "nope.json");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("nope.json: The file does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_UnknownFormat_IsInvalidInput()
    {
        // Act
        var run = CliHarness.Run("rules", "--format", "yaml");

        // Assert
        Assert.Equal(2, run.ExitCode);
    }
}
