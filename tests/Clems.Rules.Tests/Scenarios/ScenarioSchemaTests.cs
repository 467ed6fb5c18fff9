using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Clems.Rules.Scenarios;
using Json.Schema;
using Xunit;

namespace Clems.Rules.Tests.Scenarios;

/// The published JSON Schema (docs/scenario.schema.json) must agree with the reader on what a document looks like.
public sealed class ScenarioSchemaTests
{
    private static readonly JsonSchema s_schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "scenario.schema.json"));

    [Fact]
    public void Schema_BundledExamples_AreValid()
    {
        // Arrange
        var examples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.json");

        // Act
        var invalid = examples.Where(file => !IsValid(File.ReadAllText(file))).Select(Path.GetFileName).ToList();

        // Assert
        Assert.NotEmpty(examples);
        Assert.Empty(invalid);
    }

    [Fact]
    public void Schema_WrittenDocument_IsValid()
    {
        // Arrange
        var json = ScenarioWriter.ToJson(ScenarioReader.Parse(SampleDocument));

        // Act
        var valid = IsValid(json);

        // Assert
        Assert.True(valid);
    }

    [Theory]
    [InlineData("\"kind\": \"company\"", "\"kind\": \"company\", \"colour\": \"red\"")]
    [InlineData("\"kind\": \"company\"", "\"kind\": \"bank\"")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2")]
    [InlineData("\"start\": \"2020-01-01\"", "\"start\": \"01/01/2020\"")]
    [InlineData("\"currency\": \"RON\"", "\"currency\": \"ron\"")]
    public void Schema_DocumentTheReaderRefuses_IsInvalidToo(string find, string replace)
    {
        // Arrange
        var json = SampleDocument.Replace(find, replace, StringComparison.Ordinal);

        // Act
        var valid = IsValid(json);

        // Assert
        Assert.False(valid);
        Assert.Throws<Clems.Rules.Engine.SnapshotValidationException>(() => ScenarioReader.Parse(json));
    }

    internal static bool IsValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        return s_schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private const string SampleDocument = """
        {
          "schemaVersion": 1,
          "asOf": "2026-03-01",
          "organizations": [ { "id": "org-a", "name": "Alpha SRL", "kind": "company", "country": "RO", "representatives": [ { "id": "rep-a", "name": "Ana" } ] } ],
          "memberships": [ { "organization": "org-a", "start": "2020-01-01" } ],
          "workingGroups": [ { "id": "wg-x", "name": "Other", "objective": "Shared labs", "area": "W9", "areaLabel": "Laboratories", "members": ["org-a"], "formedOn": "2024-01-01" } ],
          "initiatives": [ { "id": "i-1", "title": "Pilot", "initiator": { "member": "org-a" }, "proposedBy": "rep-a",
              "participants": [ { "organization": "org-a", "involvedFrom": "2026-03-01T09:30:00Z" } ],
              "activities": [ { "name": "Design", "start": "2026-04-01", "end": "2026-06-30" } ],
              "budget": [ { "item": "Kit", "amount": { "amount": "10.50", "currency": "RON" } } ],
              "funding": [ { "kind": "memberContribution", "amount": { "amount": "10.50", "currency": "RON" }, "contributor": "org-a" } ] } ],
          "frameworks": [ { "id": "v1", "adoptedOn": "2019-12-01", "effectiveFrom": "2020-01-01" } ]
        }
        """;
}
