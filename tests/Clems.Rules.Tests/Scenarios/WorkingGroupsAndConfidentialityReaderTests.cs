using System;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Clems.Rules.WorkingGroups;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Scenarios;

/// Reading, validating and writing `workingGroupProposals` (G5) and `confidentialityAgreements` (G3).
public sealed class WorkingGroupsAndConfidentialityReaderTests
{
    private const string Document = """
        {
          "schemaVersion": 1,
          "organizations": [
            { "id": "org-a", "name": "Alpha", "kind": "company", "country": "RO", "representatives": [ { "id": "rep-a", "name": "Ana" } ] },
            { "id": "org-b", "name": "Beta", "kind": "company", "country": "RO" },
            { "id": "org-c", "name": "Gamma", "kind": "company", "country": "RO" }
          ],
          "memberships": [ { "organization": "org-a", "start": "2020-01-01" } ],
          "workingGroups": [ { "id": "wg-1", "name": "Water", "objective": "Clean rivers", "area": "W1", "members": ["org-a", "org-b", "org-c"], "formedOn": "2024-01-10" } ],
          "initiatives": [ { "id": "i-1", "title": "Pilot", "confidential": true,
              "participants": [ { "organization": "org-b", "involvedFrom": "2026-02-01T09:00:00Z" } ] } ],
          "frameworks": [ { "id": "v1", "adoptedOn": "2019-12-01", "effectiveFrom": "2020-01-01" } ],
          "workingGroupProposals": [
            { "id": "p-1", "group": "wg-1", "kind": "transform", "proposedBy": ["org-a", "org-b"], "proposedOn": "2025-06-01",
              "effectiveFrom": "2025-07-01", "newObjective": "Clean rivers and lakes" },
            { "id": "p-2", "group": "wg-1", "kind": "dissolve", "proposedBy": ["org-c"], "proposedOn": "2026-01-05", "effectiveFrom": "2026-06-30" }
          ],
          "confidentialityAgreements": [ { "initiative": "i-1", "organization": "org-b", "signedAt": "2026-01-15T10:00:00Z" } ]
        }
        """;

    [Fact]
    public void Parse_ProposalsAndAgreements_ReadsEveryField()
    {
        // Act
        var snapshot = ScenarioReader.Parse(Document).Snapshot;

        // Assert
        var transform = snapshot.WorkingGroupProposals[0];
        Assert.Equal(WorkingGroupProposalKind.Transform, transform.Kind);
        Assert.Equal(["org-a", "org-b"], transform.ProposedBy.Select(o => o.Value));
        Assert.Equal(new LocalDate(2025, 6, 1), transform.ProposedOn);
        Assert.Equal(new LocalDate(2025, 7, 1), transform.EffectiveFrom);
        Assert.Equal("Clean rivers and lakes", transform.NewObjective);
        Assert.Null(snapshot.WorkingGroupProposals[1].NewObjective);
        var agreement = Assert.Single(snapshot.ConfidentialityAgreements);
        Assert.Equal("i-1", agreement.Initiative.Value);
        Assert.Equal(Instant.FromUtc(2026, 1, 15, 10, 0), agreement.SignedAt);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameDocumentAndMatchesTheSchema()
    {
        // Arrange
        var json = ScenarioWriter.ToJson(ScenarioReader.Parse(Document));

        // Act
        var again = ScenarioWriter.ToJson(ScenarioReader.Parse(json));

        // Assert
        Assert.Equal(json, again);
        Assert.True(ScenarioSchemaTests.IsValid(json));
    }

    [Theory]
    [InlineData("\"kind\": \"transform\"", "\"kind\": \"merge\"", "$.workingGroupProposals[0].kind")]
    [InlineData(", \"newObjective\": \"Clean rivers and lakes\"", "", "$.workingGroupProposals[0].newObjective")]
    [InlineData("\"effectiveFrom\": \"2026-06-30\"", "\"effectiveFrom\": \"2026-06-30\", \"newObjective\": \"x\"", "$.workingGroupProposals[1].newObjective")]
    [InlineData("\"proposedBy\": [\"org-c\"]", "\"proposedBy\": []", "$.workingGroupProposals[1].proposedBy")]
    [InlineData("\"proposedBy\": [\"org-c\"]", "\"proposedBy\": [\"org-c\", \"org-c\"]", "$.workingGroupProposals[1].proposedBy[1]")]
    [InlineData("\"signedAt\": \"2026-01-15T10:00:00Z\"", "\"signedAt\": \"2026-01-15\"", "$.confidentialityAgreements[0].signedAt")]
    [InlineData("\"signedAt\": \"2026-01-15T10:00:00Z\"", "\"signedAt\": \"2026-01-15T10:00:00Z\", \"role\": \"x\"", "$.confidentialityAgreements[0].role")]
    public void Parse_MalformedEntry_ReportsItsPath(string find, string replace, string path)
    {
        // Arrange
        var json = Document.Replace(find, replace, StringComparison.Ordinal);

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => ScenarioReader.Parse(json));

        // Assert
        Assert.Contains(error.Problems, p => p.Path == path);
        Assert.False(ScenarioSchemaTests.IsValid(json));
    }

    [Theory]
    [InlineData("\"group\": \"wg-1\", \"kind\": \"dissolve\"", "\"group\": \"wg-9\", \"kind\": \"dissolve\"", "$.workingGroupProposals[1].group", "No working group with id 'wg-9'")]
    [InlineData("\"proposedBy\": [\"org-c\"]", "\"proposedBy\": [\"org-z\"]", "$.workingGroupProposals[1].proposedBy[0]", "No organisation with id 'org-z'")]
    [InlineData("\"proposedOn\": \"2025-06-01\"", "\"proposedOn\": \"2024-01-09\"", "$.workingGroupProposals[0].proposedOn", "before working group 'wg-1' was formed on 2024-01-10")]
    [InlineData("\"effectiveFrom\": \"2025-07-01\"", "\"effectiveFrom\": \"2025-05-31\"", "$.workingGroupProposals[0].effectiveFrom", "takes effect on 2025-05-31, before it was made on 2025-06-01")]
    [InlineData("{ \"initiative\": \"i-1\"", "{ \"initiative\": \"i-9\"", "$.confidentialityAgreements[0].initiative", "No initiative with id 'i-9'")]
    [InlineData("\"organization\": \"org-b\", \"signedAt\"", "\"organization\": \"org-z\", \"signedAt\"", "$.confidentialityAgreements[0].organization", "No organisation with id 'org-z'")]
    [InlineData(
        "\"signedAt\": \"2026-01-15T10:00:00Z\" }",
        "\"signedAt\": \"2026-01-15T10:00:00Z\" }, { \"initiative\": \"i-1\", \"organization\": \"org-b\", \"signedAt\": \"2026-01-16T10:00:00Z\" }",
        "$.confidentialityAgreements[1]",
        "already signed the agreement of initiative 'i-1' at $.confidentialityAgreements[0]")]
    public void Parse_InconsistentEntry_ReportsWhatAndWhere(string find, string replace, string path, string message)
    {
        // Arrange
        var json = Document.Replace(find, replace, StringComparison.Ordinal);

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => ScenarioReader.Parse(json));

        // Assert
        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
