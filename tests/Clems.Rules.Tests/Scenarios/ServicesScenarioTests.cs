using System;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Clems.Rules.Services;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Scenarios;

/// Reading, writing and the JSON Schema of service requests, advertising items and approvals, tender profiles and tenders.
public sealed class ServicesScenarioTests
{
    private const string Document = """
        {
          "schemaVersion": 1,
          "asOf": "2026-03-01",
          "organizations": [ { "id": "org-a", "name": "Alpha SRL", "kind": "company", "country": "RO" },
                             { "id": "org-b", "name": "Beta SA", "kind": "company", "country": "RO" } ],
          "memberships": [ { "organization": "org-a", "start": "2020-01-01" } ],
          "frameworks": [ { "id": "v1", "adoptedOn": "2019-12-01", "effectiveFrom": "2020-01-01" } ],
          "serviceRequests": [
            { "id": "sr-1", "service": "S1", "requestedBy": "org-a", "requestedOn": "2026-02-10", "participants": ["org-b"] },
            { "id": "sr-4", "service": "S4", "requestedBy": "org-a", "requestedOn": "2026-02-10", "opportunity": "opp-life" }
          ],
          "advertisingItems": [
            { "id": "ad-1", "member": "org-a", "content": "abc", "channel": "newsletter", "publishAt": "2026-03-10T08:00:00Z" }
          ],
          "advertisingApprovals": [
            { "id": "ap-1", "item": "ad-1", "contentSha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
              "channel": "newsletter", "validFrom": "2026-03-01", "validTo": "2026-03-31", "approvedOn": "2026-02-20" }
          ],
          "tenderProfiles": [
            { "organization": "org-a", "cpvPrefixes": ["4525"], "countries": ["RO", "HU"],
              "minValue": { "amount": "100000", "currency": "RON" }, "maxValue": { "amount": "5000000", "currency": "RON" } }
          ],
          "tenders": [
            { "id": "t-1", "title": "Wastewater plant", "cpvCodes": ["45252100-9"], "country": "RO",
              "estimatedValue": { "amount": "1000000.00", "currency": "RON" }, "publishedAt": "2026-02-01T09:00:00Z",
              "deadline": { "local": "2026-03-20T12:00:00", "zone": "Europe/Bucharest" } }
          ]
        }
        """;

    [Fact]
    public void Parse_ServicesAndTenders_ReadsEveryField()
    {
        // Act
        var snapshot = ScenarioReader.Parse(Document).Snapshot;

        // Assert
        Assert.Equal(ClusterService.S1ProjectManagementOffice, snapshot.ServiceRequests[0].Service);
        Assert.Equal("org-b", snapshot.ServiceRequests[0].Participants.Single().Value);
        Assert.Equal("opp-life", snapshot.ServiceRequests[1].Opportunity);
        Assert.Equal(snapshot.AdvertisingItems[0].ContentSha256, snapshot.AdvertisingApprovals[0].ContentSha256);
        Assert.Equal("45252100", snapshot.Tenders[0].CpvCodes[0].Digits);
        Assert.Equal(Instant.FromUtc(2026, 3, 20, 10, 0), snapshot.Tenders[0].Deadline.ToInstant());
        Assert.Equal("Europe/Bucharest", snapshot.Tenders[0].Deadline.Zone.Id);
        Assert.Equal(["RO", "HU"], snapshot.TenderProfiles[0].Countries.Select(c => c.Value));
    }

    [Fact]
    public void Parse_WrittenServicesAndTenders_RoundTripAndMatchTheSchema()
    {
        // Arrange
        var first = ScenarioWriter.ToJson(ScenarioReader.Parse(Document));

        // Act
        var second = ScenarioWriter.ToJson(ScenarioReader.Parse(first));

        // Assert
        Assert.Equal(first, second);
        Assert.True(IsValid(first));
        Assert.True(IsValid(Document));
    }

    [Theory]
    [InlineData("\"countries\": [\"RO\", \"HU\"]", "\"countries\": [\"RO\", \"CH\"]", "$.tenderProfiles[0].countries[1]", "'CH' is not Romania or another EU member state")]
    [InlineData("\"countries\": [\"RO\", \"HU\"]", "\"countries\": [\"RO\", \"EL\"]", "$.tenderProfiles[0].countries[1]", "'EL' is not an ISO 3166-1 alpha-2 country code (Greece is GR in ISO 3166-1)")]
    [InlineData("\"zone\": \"Europe/Bucharest\"", "\"zone\": \"Europe/Bistrita\"", "$.tenders[0].deadline.zone", "'Europe/Bistrita' is not a time zone of the IANA time zone database")]
    [InlineData("\"2026-03-20T12:00:00\"", "\"2026-03-29T03:30:00\"", "$.tenders[0].deadline.local", "2026-03-29T03:30:00 does not exist in Europe/Bucharest")]
    [InlineData("\"cpvCodes\": [\"45252100-9\"]", "\"cpvCodes\": [\"4525210\"]", "$.tenders[0].cpvCodes[0]", "Expected a CPV code")]
    [InlineData("\"cpvPrefixes\": [\"4525\"]", "\"cpvPrefixes\": [\"4\"]", "$.tenderProfiles[0].cpvPrefixes[0]", "Expected a CPV prefix")]
    [InlineData("\"cpvCodes\": [\"45252100-9\"], \"country\": \"RO\"", "\"cpvCodes\": [\"45252100-9\"], \"country\": \"US\"", "$.tenders[0].country", "'US' is not Romania or another EU member state")]
    [InlineData("\"maxValue\": { \"amount\": \"5000000\", \"currency\": \"RON\" }", "\"maxValue\": { \"amount\": \"5000000\", \"currency\": \"EUR\" }", "$.tenderProfiles[0].maxValue.currency", "The value range is in one currency")]
    [InlineData("\"service\": \"S4\"", "\"service\": \"S16\"", "$.serviceRequests[1].service", "'S16' is not a valid service")]
    [InlineData("\"service\": \"S4\"", "\"service\": \"S5\"", "$.serviceRequests[1].opportunity", "Only S4 requests")]
    [InlineData("\"contentSha256\": \"ba78", "\"contentSha256\": \"BA78", "$.advertisingApprovals[0].contentSha256", "is not a SHA-256 in lower-case hex")]
    [InlineData("\"item\": \"ad-1\"", "\"item\": \"ad-9\"", "$.advertisingApprovals[0].item", "No advertising item with id 'ad-9'")]
    [InlineData("\"validTo\": \"2026-03-31\"", "\"validTo\": \"2026-02-28\"", "$.advertisingApprovals[0].validTo", "before it is valid from 2026-03-01")]
    public void Parse_BrokenEntry_ReportsTheProblemAtItsPath(string find, string replace, string path, string message)
    {
        // Arrange
        var json = Document.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Document, json);

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => ScenarioReader.Parse(json));

        // Assert
        var problem = Assert.Single(error.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"countries\": [\"RO\", \"HU\"]", "\"countries\": [\"RO\", \"CH\"]")]
    [InlineData("\"service\": \"S4\"", "\"service\": \"S5\"")]
    [InlineData("\"contentSha256\": \"ba78", "\"contentSha256\": \"BA78")]
    [InlineData("\"cpvCodes\": [\"45252100-9\"]", "\"cpvCodes\": [\"4525210\"]")]
    [InlineData("\"zone\": \"Europe/Bucharest\" }", "\"zone\": \"Europe/Bucharest\", \"offset\": \"+02\" }")]
    public void Schema_EntryTheReaderRefuses_IsInvalidToo(string find, string replace)
    {
        // Arrange
        var json = Document.Replace(find, replace, StringComparison.Ordinal);

        // Act
        var valid = IsValid(json);

        // Assert
        Assert.False(valid);
        Assert.Throws<SnapshotValidationException>(() => ScenarioReader.Parse(json));
    }

    [Fact]
    public void Parse_AmbiguousAutumnDeadline_TakesTheEarlierInstant()
    {
        // Arrange: 03:30 happens twice in Bucharest on 2026-10-25 (at +03, then at +02).
        var json = Document.Replace("\"2026-03-20T12:00:00\"", "\"2026-10-25T03:30:00\"", StringComparison.Ordinal);

        // Act
        var deadline = ScenarioReader.Parse(json).Snapshot.Tenders[0].Deadline;

        // Assert
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), deadline.ToInstant());
    }

    private static bool IsValid(string json) => ScenarioSchemaTests.IsValid(json);
}
