using System.Linq;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Services;

public sealed class ServicesValidationTests
{
    private static SnapshotBuilder Members() => A.Snapshot().With(A.Member("org-a"), A.Member("org-b"));

    [Fact]
    public void Validate_ProblemsInServicesAdvertisingAndTenders_ReportsEveryOneWithItsPath()
    {
        // Arrange
        var item = Item("ad-1", "org-a");
        var snapshot = Members()
            .With(
                Request("sr-1", ClusterService.S1ProjectManagementOffice, "org-a", participants: ["org-zz", "org-b", "org-b"]),
                Request("sr-1", ClusterService.S6EnvironmentalLegislation, "org-q", participants: ["org-b"]))
            .With(item)
            .With(ApprovalOf("ap-1", item, from: A.Date(2026, 3, 31), to: A.Date(2026, 3, 1)))
            .With(Tender("t-1", codes: [], deadline: new LocalDateTime(2026, 1, 1, 12, 0).InZoneStrictly(Bucharest)))
            .With(
                Profile("org-a", prefixes: ["45", "45"], min: Ron(10m), max: Ron(5m)),
                Profile("org-a", countries: [], max: Eur(5m)));

        // Act
        var paths = snapshot.Build().Validate().Select(p => p.Path).ToArray();

        // Assert
        Assert.Equal(
            [
                "$.serviceRequests[1].id",
                "$.serviceRequests[0].participants[0]",
                "$.serviceRequests[0].participants[2]",
                "$.serviceRequests[1].requestedBy",
                "$.serviceRequests[1].participants",
                "$.advertisingApprovals[0].validTo",
                "$.tenders[0].cpvCodes",
                "$.tenders[0].deadline",
                "$.tenderProfiles[0].cpvPrefixes[1]",
                "$.tenderProfiles[0].maxValue",
                "$.tenderProfiles[1].organization",
                "$.tenderProfiles[1].countries",
                "$.tenderProfiles[1].maxValue.currency",
            ],
            paths);
    }

    [Fact]
    public void Validate_DuplicateTenderProfile_SaysWhereTheFirstIs()
    {
        // Arrange
        var snapshot = Members().With(Profile("org-a"), Profile("org-a"));

        // Act
        var problem = Assert.Single(snapshot.Build().Validate());

        // Assert
        Assert.Equal(
            "Organisation 'org-a' already has a tender profile at $.tenderProfiles[0]; merge the two into one profile.",
            problem.Message);
    }
}
