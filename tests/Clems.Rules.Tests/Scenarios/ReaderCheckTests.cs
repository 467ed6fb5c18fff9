using System;
using Clems.Rules.Advertising;
using Clems.Rules.Allocation;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios;
using Clems.Rules.WorkingGroups;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Scenarios;

/// One check, one sentence: a value a library type refuses is reported by the reader at its JSON path, with the code
/// and the very sentence the type's constructor throws (both come from the type's public Check function), never as an
/// exception escaping the reader.
public sealed class ReaderCheckTests
{
    private const string Document = """
        {
          "schemaVersion": 1,
          "organizations": [ { "id": "org-a", "name": "Alpha SRL", "kind": "company", "country": "RO" },
                             { "id": "org-b", "name": "Beta SA", "kind": "company", "country": "RO" },
                             { "id": "org-c", "name": "Gamma SA", "kind": "company", "country": "RO" } ],
          "memberships": [ { "organization": "org-a", "start": "2020-01-01" } ],
          "workingGroups": [
            { "id": "wg-1", "name": "Water", "objective": "Clean rivers", "area": "W1", "members": ["org-a", "org-b", "org-c"], "formedOn": "2024-01-10" }
          ],
          "workingGroupProposals": [
            { "id": "wgp-1", "group": "wg-1", "kind": "dissolve", "proposedBy": ["org-a"], "proposedOn": "2025-06-01", "effectiveFrom": "2025-07-01" }
          ],
          "initiatives": [
            { "id": "i-1", "title": "Pilot", "initiator": { "member": "org-a" },
              "activities": [ { "name": "Design", "start": "2026-04-01", "end": "2026-06-30" } ],
              "budget": [ { "item": "Equipment", "amount": { "amount": "12000.00", "currency": "RON" } } ] }
          ],
          "frameworks": [
            { "id": "v1", "adoptedOn": "2019-12-01", "effectiveFrom": "2020-01-01",
              "parameters": { "defaultCompetitionCriteria": ["involvement"], "exchangeRates": [ { "from": "EUR", "to": "RON", "rate": "4.97" } ] } }
          ],
          "projects": [ { "initiative": "i-1", "places": 1 } ],
          "interests": [ { "member": "org-a", "project": "i-1", "shownAt": "2026-02-01T09:00:00Z", "personDays": "3" } ],
          "commitments": [ { "member": "org-a", "project": "i-1", "phase": "preparation", "amount": { "amount": "500.00", "currency": "RON" }, "at": "2026-02-02T09:00:00Z" } ],
          "advertisingItems": [
            { "id": "ad-1", "member": "org-a", "content": "abc", "channel": "newsletter", "publishAt": "2026-03-10T08:00:00Z" }
          ],
          "advertisingApprovals": [
            { "id": "ap-1", "item": "ad-1", "contentSha256": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
              "channel": "newsletter", "validFrom": "2026-03-01", "validTo": "2026-03-31", "approvedOn": "2026-02-20" }
          ]
        }
        """;

    private static readonly LocalDate s_start = new(2020, 1, 1);

    public static TheoryData<string, string, string, string, Action> RefusedValues => new()
    {
        {
            "\"start\": \"2020-01-01\" }", "\"start\": \"2020-01-01\", \"end\": \"2019-12-31\" }", "$.memberships[0].end", "Membership.ends-before-start",
            () => _ = new MembershipTerm(new OrganizationId("org-a"), s_start, new LocalDate(2019, 12, 31))
        },
        {
            "\"end\": \"2026-06-30\"", "\"end\": \"2026-03-15\"", "$.initiatives[0].activities[0].end", "Initiatives.ends-before-start",
            () => _ = new Activity("Design", new LocalDate(2026, 4, 1), new LocalDate(2026, 3, 15))
        },
        {
            "\"effectiveFrom\": \"2020-01-01\"", "\"effectiveFrom\": \"2019-11-30\"", "$.frameworks[0].effectiveFrom", "Framework.effective-before-adoption",
            () => _ = new FrameworkVersion(new FrameworkVersionId("v1"), new LocalDate(2019, 12, 1), new LocalDate(2019, 11, 30))
        },
        {
            "[\"involvement\"]", "[\"involvement\", \"lottery\"]", "$.frameworks[0].parameters.defaultCompetitionCriteria", "Framework.reserved-criterion",
            () => _ = new FrameworkParameters(defaultCompetitionCriteria: [CompetitionCriterion.Involvement, CompetitionCriterion.Lottery])
        },
        {
            "[\"involvement\"]", "[\"involvement\", \"involvement\"]", "$.frameworks[0].parameters.defaultCompetitionCriteria", "List.duplicate",
            () => _ = new CompetitionRules([CompetitionCriterion.Involvement, CompetitionCriterion.Involvement], Instant.FromUtc(2026, 2, 1, 0, 0), [])
        },
        {
            "\"to\": \"RON\"", "\"to\": \"EUR\"", "$.frameworks[0].parameters.exchangeRates[0].to", "Framework.rate-within-one-currency",
            () => _ = new ExchangeRate(Currency.Eur, Currency.Eur, 4.97m)
        },
        {
            "\"rate\": \"4.97\"", "\"rate\": \"0\"", "$.frameworks[0].parameters.exchangeRates[0].rate", "Framework.non-positive-rate",
            () => _ = new ExchangeRate(Currency.Eur, Currency.Ron, 0m)
        },
        {
            "\"currency\": \"RON\" } } ]", "\"currency\": \"LEI\" } } ]", "$.initiatives[0].budget[0].amount.currency", "Value.unknown-currency",
            () => _ = new Currency("LEI")
        },
        {
            "\"country\": \"RO\" },", "\"country\": \"EL\" },", "$.organizations[0].country", "Value.unknown-country",
            () => _ = new CountryCode("EL")
        },
        {
            "\"area\": \"W1\"", "\"area\": \"W9\"", "$.workingGroups[0].areaLabel", "WorkingGroups.missing-area-label",
            () => _ = new WorkingGroup(new WorkingGroupId("wg-1"), "Water", "Clean rivers", ThematicArea.W9Other, [], s_start)
        },
        {
            "\"effectiveFrom\": \"2025-07-01\"", "\"effectiveFrom\": \"2025-05-31\"", "$.workingGroupProposals[0].effectiveFrom", "WorkingGroups.effective-before-proposal",
            () => _ = Proposal(["org-a"], new LocalDate(2025, 5, 31))
        },
        {
            "\"proposedBy\": [\"org-a\"]", "\"proposedBy\": []", "$.workingGroupProposals[0].proposedBy", "WorkingGroups.no-proposer",
            () => _ = Proposal([], new LocalDate(2025, 7, 1))
        },
        {
            "\"effectiveFrom\": \"2025-07-01\" }", "\"effectiveFrom\": \"2025-07-01\", \"newObjective\": \"Lakes\" }", "$.workingGroupProposals[0].newObjective", "WorkingGroups.unexpected-new-objective",
            () => _ = new WorkingGroupProposal(
                new WorkingGroupProposalId("wgp-1"), new WorkingGroupId("wg-1"), WorkingGroupProposalKind.Dissolve, [new OrganizationId("org-a")], new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1), "Lakes")
        },
        {
            "\"personDays\": \"3\"", "\"personDays\": \"-3\"", "$.interests[0].personDays", "Allocation.negative-person-days",
            () => _ = new Interest(new OrganizationId("org-a"), new InitiativeId("i-1"), Instant.FromUtc(2026, 2, 1, 9, 0), personDays: -3m)
        },
        {
            "\"amount\": \"500.00\"", "\"amount\": \"0\"", "$.commitments[0].amount.amount", "Allocation.non-positive-commitment",
            () => _ = ResourceCommitment.OfMoney(new OrganizationId("org-a"), new InitiativeId("i-1"), CommitmentPhase.Preparation, new Money(0m, Currency.Ron), Instant.FromUtc(2026, 2, 2, 9, 0))
        },
        {
            "\"contentSha256\": \"ba78", "\"contentSha256\": \"BA78", "$.advertisingApprovals[0].contentSha256", "Advertising.not-sha256",
            () => _ = new AdvertisingApproval
            {
                Id = new AdvertisingApprovalId("ap-1"),
                Item = new AdvertisingItemId("ad-1"),
                ContentSha256 = "BA7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                Channel = "newsletter",
                ValidFrom = new LocalDate(2026, 3, 1),
                ValidTo = new LocalDate(2026, 3, 31),
                ApprovedOn = new LocalDate(2026, 2, 20),
            }
        },
    };

    [Fact]
    public void Parse_TheDocument_IsValid()
    {
        // Act
        var document = ScenarioReader.Parse(Document);

        // Assert
        Assert.Single(document.Snapshot.AdvertisingApprovals);
    }

    [Theory]
    [MemberData(nameof(RefusedValues))]
    public void Parse_AValueItsTypeRefuses_ReportsTheConstructorsSentenceAtItsPath(string find, string replace, string path, string code, Action construct)
    {
        // Arrange
        var json = Document.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(Document, json);

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => ScenarioReader.Parse(json));
        var refused = Assert.ThrowsAny<ArgumentException>(construct);

        // Assert
        var problem = Assert.Single(error.Problems, p => p.Path == path);
        Assert.Equal(code, problem.Code);
        Assert.StartsWith(problem.Message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ApprovalValidToBeforeValidFrom_ReportsWhatTheSnapshotValidatorReports()
    {
        // Arrange
        var json = Document.Replace("\"validTo\": \"2026-03-31\"", "\"validTo\": \"2026-02-28\"", StringComparison.Ordinal);
        var snapshot = ScenarioReader.Parse(Document).Snapshot;
        var approval = snapshot.AdvertisingApprovals[0];
        var built = snapshot with
        {
            AdvertisingApprovals =
            [
                new AdvertisingApproval
                {
                    Id = approval.Id,
                    Item = approval.Item,
                    ContentSha256 = approval.ContentSha256,
                    Channel = approval.Channel,
                    ValidFrom = approval.ValidFrom,
                    ValidTo = new LocalDate(2026, 2, 28),
                    ApprovedOn = approval.ApprovedOn,
                },
            ],
        };

        // Act
        var read = Assert.Single(Assert.Throws<SnapshotValidationException>(() => ScenarioReader.Parse(json)).Problems);
        var validated = Assert.Single(built.Validate());

        // Assert
        Assert.Equal(validated, read);
        Assert.Equal("Advertising.ends-before-start", read.Code);
    }

    private static WorkingGroupProposal Proposal(string[] proposers, LocalDate effectiveFrom)
        => new(
            new WorkingGroupProposalId("wgp-1"),
            new WorkingGroupId("wg-1"),
            WorkingGroupProposalKind.Dissolve,
            Array.ConvertAll(proposers, p => new OrganizationId(p)),
            new LocalDate(2025, 6, 1),
            effectiveFrom);
}
