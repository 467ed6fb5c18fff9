using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Services;

/// The whole engine on the rich snapshot's service, advertising and tender cases.
public sealed class ServicesReportTests
{
    private static readonly GovernanceEngine s_engine = Engines.Shared;

    [Fact]
    public void Report_AsOfMarch_DecidesEachServiceAdvertisingAndTenderCase()
    {
        // Arrange
        var snapshot = RichSnapshot.Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal(
            [
                "ServiceRequest:sr-01 Approved Services.S1.ProjectManagementOffice",
                "ServiceRequest:sr-02 Approved Services.S2.HighLevelAdvice",
                "ServiceRequest:sr-03 Approved Services.S3.AccessToCapital",
                "ServiceRequest:sr-04 Approved Services.S4.PublicFundApplications",
                "ServiceRequest:sr-05 Approved Services.S5.EcoInnovationConsultancy",
                "ServiceRequest:sr-06 Approved Services.S6.EnvironmentalLegislation",
                "ServiceRequest:sr-07 Approved Services.S7.SupplierCollaboration",
                "ServiceRequest:sr-08 Approved Services.S8.ResearchInfrastructure",
                "ServiceRequest:sr-09 Approved Services.S9.OrganisationalDevelopment",
                "ServiceRequest:sr-10 Approved Services.S10.ProductStrategy",
                "ServiceRequest:sr-11 Approved Services.S11.TenderMonitoring",
                "ServiceRequest:sr-12 Approved Services.S12.TenderSubmissions",
                "ServiceRequest:sr-13 Approved Services.S13.Internationalisation",
                "ServiceRequest:sr-14 Approved Services.S14.Advertising",
                "ServiceRequest:sr-15 Approved Services.S15.EventManagement",
                "ServiceRequest:sr-alone Rejected Services.S1.ProjectManagementOffice",
                "ServiceRequest:sr-ended Rejected Services.S6.EnvironmentalLegislation",
                "AdvertisingItem:ad-edited Rejected Advertising.PublicationRejected",
                "AdvertisingItem:ad-ok Approved Advertising.PublicationApproved",
                "AdvertisingItem:ad-outsider Rejected Advertising.PublicationRejected",
                "TenderAlert:t-hu/org-b Alerted Tenders.Alert",
                "TenderAlert:t-water/org-a Alerted Tenders.Alert",
            ],
            report.Decisions
                .Where(d => d.Subject.Kind is SubjectKind.ServiceRequest or SubjectKind.AdvertisingItem or SubjectKind.TenderAlert)
                .Select(d => $"{d.Subject} {d.Outcome} {d.RuleId}"));
    }
}
