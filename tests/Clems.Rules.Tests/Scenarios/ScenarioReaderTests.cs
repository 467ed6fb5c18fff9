using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Scenarios;

public sealed class ScenarioReaderTests
{
    private const string Valid = """
        {
          "schemaVersion": 1,
          "asOf": "2026-03-01",
          "organizations": [
            { "id": "org-a", "name": "Alpha SRL", "kind": "company", "country": "RO",
              "representatives": [ { "id": "rep-a", "name": "Ana Pop" } ] },
            { "id": "org-u", "name": "Universitatea X", "kind": "university", "country": "RO" }
          ],
          "memberships": [
            { "organization": "org-a", "start": "2020-01-01" },
            { "organization": "org-u", "start": "2020-01-01", "end": "2025-12-31", "status": "suspended" }
          ],
          "workingGroups": [
            { "id": "wg-1", "name": "Water", "objective": "Clean rivers", "area": "W1", "members": ["org-a", "org-u"], "formedOn": "2024-01-10" }
          ],
          "initiatives": [
            { "id": "init-1", "title": "Pilot", "initiator": { "member": "org-a" }, "proposedBy": "rep-a",
              "beneficiaries": ["org-u"],
              "participants": [ { "organization": "org-a", "involvedFrom": "2026-03-01T09:30:00Z" } ],
              "activities": [ { "name": "Design", "start": "2026-04-01", "end": "2026-06-30" } ],
              "budget": [ { "item": "Equipment", "amount": { "amount": "12000.00", "currency": "RON" } } ],
              "funding": [ { "kind": "memberContribution", "amount": { "amount": "8000.00", "currency": "RON" }, "contributor": "org-a" },
                           { "kind": "publicFunds", "amount": { "amount": 4000, "currency": "RON" }, "description": "PNRR" } ] }
          ],
          "frameworks": [
            { "id": "2026.1", "adoptedOn": "2025-11-20", "effectiveFrom": "2026-01-01",
              "parameters": { "minimumWorkingGroupSize": 4, "defaultCompetitionCriteria": ["involvement"] } }
          ]
        }
        """;

    [Fact]
    public void Parse_ValidDocument_ReadsEveryField()
    {
        // Act
        var document = ScenarioReader.Parse(Valid);

        // Assert
        var snapshot = document.Snapshot;
        Assert.Equal(new LocalDate(2026, 3, 1), document.AsOf);
        Assert.Equal(OrganizationKind.University, snapshot.Organizations[1].Kind);
        Assert.Equal("Ana Pop", snapshot.Organizations[0].Representatives.Single().Name);
        Assert.Equal(MembershipStatus.Suspended, snapshot.Memberships[1].Status);
        Assert.Equal(new LocalDate(2025, 12, 31), snapshot.Memberships[1].End);
        var initiative = snapshot.Initiatives.Single();
        Assert.Equal(new OrganizationId("org-a"), initiative.Initiator!.Member);
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 9, 30), initiative.Participants.Single().InvolvedFrom);
        Assert.Equal(new Money(4000m, Currency.Ron), initiative.Funding[1].Amount);
        Assert.Equal(FundingKind.PublicFunds, initiative.Funding[1].Kind);
        Assert.Equal(4, snapshot.Frameworks.Single().Parameters.MinimumWorkingGroupSize);
        // A parameter the document leaves out takes its default.
        Assert.Equal(FrameworkParameters.Defaults.ExecutiveCapacity, snapshot.Frameworks.Single().Parameters.ExecutiveCapacity);
    }

    [Fact]
    public void Parse_WrittenDocument_RoundTripsToTheSameJson()
    {
        // Arrange
        var first = ScenarioWriter.ToJson(ScenarioReader.Parse(Valid));

        // Act
        var second = ScenarioWriter.ToJson(ScenarioReader.Parse(first));

        // Assert
        Assert.Equal(first, second);
    }

    [Fact]
    public void Parse_MalformedJson_ReportsOneProblemWithLine()
    {
        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => ScenarioReader.Parse("{ \"schemaVersion\": 1,\n  \"organizations\": [ }"));

        // Assert
        var problem = Assert.Single(error.Problems);
        Assert.Contains("not valid JSON at line 2", problem.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"name\": \"Alpha SRL\", ", "", "$.organizations[0].name", "required field 'name' is missing")]
    [InlineData("\"kind\": \"company\"", "\"kind\": \"company\", \"colour\": \"red\"", "$.organizations[0].colour", "Unknown field 'colour'")]
    [InlineData("\"kind\": \"company\"", "\"kind\": 7", "$.organizations[0].kind", "Expected a string but found a number")]
    [InlineData("\"kind\": \"company\"", "\"kind\": \"bank\"", "$.organizations[0].kind", "'bank' is not a valid kind")]
    [InlineData("\"country\": \"RO\"", "\"country\": \"XX\"", "$.organizations[0].country", "not an ISO 3166-1")]
    [InlineData("\"start\": \"2020-01-01\" }", "\"start\": \"2020-01-01\", \"end\": \"2019-12-31\" }", "$.memberships[0].end", "ends on 2019-12-31 before it starts on 2020-01-01")]
    [InlineData("\"start\": \"2020-01-01\" }", "\"start\": \"01/01/2020\" }", "$.memberships[0].start", "Expected an ISO date")]
    [InlineData("\"12000.00\", \"currency\": \"RON\"", "\"-5\", \"currency\": \"RON\"", "$.initiatives[0].budget[0].amount.amount", "is negative")]
    [InlineData("\"12000.00\", \"currency\": \"RON\"", "\"12000.00\", \"currency\": \"LEI\"", "$.initiatives[0].budget[0].amount.currency", "not an ISO 4217")]
    [InlineData("\"12000.00\", \"currency\": \"RON\"", "\"1e400\", \"currency\": \"RON\"", "$.initiatives[0].budget[0].amount.amount", "Expected a decimal amount")]
    [InlineData("\"beneficiaries\": [\"org-u\"]", "\"beneficiaries\": [\"org-zz\"]", "$.initiatives[0].beneficiaries[0]", "No organisation with id 'org-zz'")]
    [InlineData("\"proposedBy\": \"rep-a\"", "\"proposedBy\": \"rep-zz\"", "$.initiatives[0].proposedBy", "No representative with id 'rep-zz'")]
    [InlineData("{ \"id\": \"org-u\"", "{ \"id\": \"org-a\"", "$.organizations[1].id", "already used at $.organizations[0].id")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 2", "$.schemaVersion", "reads schema version 1")]
    public void Parse_BrokenDocument_ReportsTheProblemAtItsPath(string find, string replace, string path, string message)
    {
        // Arrange
        var json = ReplaceFirst(Valid, find, replace);

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => ScenarioReader.Parse(json));

        // Assert
        Assert.Contains(error.Problems, p => p.Path == path && p.Message.Contains(message, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        // Arrange
        var json = ReplaceFirst(ReplaceFirst(Valid, "\"kind\": \"company\"", "\"kind\": \"bank\""), "\"currency\": \"RON\"", "\"currency\": \"LEI\"");
        json = ReplaceFirst(json, "\"area\": \"W1\"", "\"area\": \"W10\", \"extra\": true");

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => ScenarioReader.Parse(json));

        // Assert
        Assert.Equal(
            ["$.organizations[0].kind", "$.workingGroups[0].extra", "$.workingGroups[0].area", "$.initiatives[0].budget[0].amount.currency"],
            error.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Parse_DeeplyNested_ReportsTheDepthLimit()
    {
        // Arrange
        var json = "{\"schemaVersion\":1,\"lotterySeed\":" + new string('[', 200) + new string(']', 200) + "}";

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => ScenarioReader.Parse(json));

        // Assert
        Assert.Contains("levels deep", Assert.Single(error.Problems).Message, System.StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, System.StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{find}' is not in the document.");
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
