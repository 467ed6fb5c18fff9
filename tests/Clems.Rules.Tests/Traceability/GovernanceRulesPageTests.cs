using System;
using System.IO;
using Clems.Rules.Tests.Cli;
using Xunit;

namespace Clems.Rules.Tests.Traceability;

/// docs/governance-rules.md is exactly what `clems-rules rules --format markdown` generates from the bundled example.
public sealed class GovernanceRulesPageTests
{
    private static readonly string CommittedPage = Path.Combine(AppContext.BaseDirectory, "governance-rules.md");

    [Fact]
    public void Page_IsWhatTheRulesCommandGenerates()
    {
        // Act
        var run = CliHarness.Run("rules", "--format", "markdown", "--example", CliHarness.ExamplePath);

        // Assert: to fix, run `dotnet run --project src/Clems.Rules.Cli -- rules --format markdown > docs/governance-rules.md`.
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(CommittedPage), run.Output);
    }

    [Fact]
    public void Page_HasASectionForEveryClause()
    {
        // Act
        var page = File.ReadAllText(CommittedPage);

        // Assert
        foreach (var clause in Clems.Rules.Decisions.ClauseCatalogue.Clauses)
        {
            Assert.Contains($"\n## {clause.Id}\n", page, StringComparison.Ordinal);
        }
    }
}
