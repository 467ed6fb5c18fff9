using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace Clems.Rules.Tests.Cli;

/// Exit code 2 and every problem, with its JSON path, on stderr as `path: message`, never a stack trace.
public sealed class EvaluateInvalidInputTests
{
    private const string Valid = """
        {
          "schemaVersion": 1,
          "asOf": "2026-03-01",
          "organizations": [
            { "id": "org-hidroterm", "name": "Hidroterm Bistrița SRL", "kind": "company", "country": "RO",
              "representatives": [ { "id": "rep-ioana", "name": "Ioana Mureșan" } ] },
            { "id": "org-cjbn", "name": "Consiliul Județean Bistrița-Năsăud", "kind": "publicAuthority", "country": "RO" }
          ],
          "memberships": [
            { "organization": "org-hidroterm", "start": "2019-03-01" },
            { "organization": "org-cjbn", "start": "2018-09-01" }
          ],
          "initiatives": [
            { "id": "init-monitoring", "title": "Smart monitoring", "initiator": { "member": "org-hidroterm" }, "proposedBy": "rep-ioana",
              "beneficiaries": ["org-cjbn"],
              "activities": [ { "name": "Survey", "start": "2026-04-01", "end": "2026-05-15" } ],
              "budget": [ { "item": "Sensors", "amount": { "amount": "12000.00", "currency": "RON" } } ],
              "funding": [ { "kind": "memberContribution", "amount": { "amount": "12000.00", "currency": "RON" }, "contributor": "org-hidroterm" } ] }
          ],
          "frameworks": [ { "id": "2026.1", "adoptedOn": "2025-11-20", "effectiveFrom": "2026-01-01" } ]
        }
        """;

    public static TheoryData<string, string, string> BrokenDocuments => new()
    {
        { "malformed JSON", Valid[..^40], "$: The document is not valid JSON" },
        { "missing required field", Mutate(d => d["organizations"]![1]!.AsObject().Remove("name")), "$.organizations[1].name: The required field 'name' is missing." },
        { "unknown field", Mutate(d => d["initiatives"]![0]!["sponsor"] = "org-cjbn"), "$.initiatives[0].sponsor: Unknown field 'sponsor'." },
        { "wrong type", Mutate(d => d["memberships"]![0]!["start"] = 2019), "$.memberships[0].start: Expected an ISO date" },
        { "duplicate id", Mutate(d => d["initiatives"]!.AsArray().Add(d["initiatives"]![0]!.DeepClone())), "$.initiatives[1].id: The initiative id 'init-monitoring' is already used at $.initiatives[0].id" },
        { "dangling reference", Mutate(d => d["initiatives"]![0]!["beneficiaries"]![0] = "org-nowhere"), "$.initiatives[0].beneficiaries[0]: No organisation with id 'org-nowhere' exists" },
        { "interval ending before it starts", Mutate(d => d["initiatives"]![0]!["activities"]![0]!["end"] = "2026-03-15"), "$.initiatives[0].activities[0].end: The activity ends on 2026-03-15 before it starts on 2026-04-01" },
        { "negative amount", Mutate(d => d["initiatives"]![0]!["budget"]![0]!["amount"]!["amount"] = "-500.00"), "$.initiatives[0].budget[0].amount.amount: The amount -500.00 is negative" },
        { "unknown currency", Mutate(d => d["initiatives"]![0]!["funding"]![0]!["amount"]!["currency"] = "LEI"), "$.initiatives[0].funding[0].amount.currency: 'LEI' is not an ISO 4217 currency code" },
    };

    [Theory]
    [MemberData(nameof(BrokenDocuments))]
    public void Evaluate_BrokenDocument_ExitsTwoWithTheProblemAndItsPath(string kind, string json, string expectedLine)
    {
        // Arrange
        using var file = new TempScenario(json);

        // Act
        var run = CliHarness.Run("evaluate", file.Path);

        // Assert
        Assert.True(run.ExitCode == 2, $"{kind}: expected exit code 2, got {run.ExitCode}.");
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains(Lines(run.Error), line => line.StartsWith(expectedLine, StringComparison.Ordinal));
        AssertNoStackTrace(run.Error);
    }

    [Fact]
    public void Evaluate_DocumentWithSeveralProblems_ListsEveryProblemWithItsPath()
    {
        // Arrange
        var json = Mutate(d =>
        {
            d["organizations"]![1]!.AsObject().Remove("kind");
            d["memberships"]![1]!["status"] = "dormant";
            d["initiatives"]![0]!["sponsor"] = "org-cjbn";
            d["initiatives"]![0]!["budget"]![0]!["amount"]!["amount"] = "-1.00";
        });
        using var file = new TempScenario(json);

        // Act
        var run = CliHarness.Run("evaluate", file.Path, "--format", "json");

        // Assert
        Assert.Equal(2, run.ExitCode);
        var lines = Lines(run.Error);
        string[] expected = ["$.initiatives[0].budget[0].amount.amount", "$.initiatives[0].sponsor", "$.memberships[1].status", "$.organizations[1].kind"];
        Assert.StartsWith($"{file.Path} is not a valid scenario ({expected.Length} problems):", lines[0], StringComparison.Ordinal);
        var paths = lines.Skip(1).Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]).Order(StringComparer.Ordinal);
        Assert.Equal(expected, paths);
        AssertNoStackTrace(run.Error);
    }

    [Fact]
    public void Evaluate_MissingFile_ExitsTwoNamingTheFile()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), "clems-rules-tests", "no-such-scenario.json");

        // Act
        var run = CliHarness.Run("evaluate", path);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith(path + ": The file does not exist", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run.Error);
    }

    [Fact]
    public void Evaluate_NoFrameworkInForce_ExitsTwoWithTheFrameworksPath()
    {
        // Arrange
        using var file = new TempScenario(Valid);

        // Act
        var run = CliHarness.Run("evaluate", file.Path, "--as-of", "2025-12-31");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(Lines(run.Error), line => line.StartsWith("$.frameworks: ", StringComparison.Ordinal));
        AssertNoStackTrace(run.Error);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("01.03.2026")]
    [InlineData("tomorrow")]
    public void Evaluate_MalformedAsOf_ExitsTwoWithAClearMessage(string asOf)
    {
        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath, "--as-of", asOf);

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.StartsWith($"--as-of '{asOf}' is not a date; write it as YYYY-MM-DD", run.Error, StringComparison.Ordinal);
        AssertNoStackTrace(run.Error);
    }

    [Fact]
    public void Evaluate_UnknownFormat_ExitsTwo()
    {
        // Act
        var run = CliHarness.Run("evaluate", CliHarness.ExamplePath, "--format", "xml");

        // Assert
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'xml'", run.Error, StringComparison.Ordinal);
    }

    private static string Mutate(Action<JsonNode> change)
    {
        var document = JsonNode.Parse(Valid)!;
        change(document);
        return document.ToJsonString();
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static void AssertNoStackTrace(string error)
    {
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }
}
