using Clems.Rules.Services;

namespace Clems.Rules.Scenarios;

/// The format's names of the cluster's services: their clause ids, S1 to S15.
internal static class ServiceVocabulary
{
    internal static readonly Vocabulary<ClusterService> Services = new(
    [
        ("S1", ClusterService.S1ProjectManagementOffice),
        ("S2", ClusterService.S2HighLevelAdvice),
        ("S3", ClusterService.S3AccessToCapital),
        ("S4", ClusterService.S4PublicFundApplications),
        ("S5", ClusterService.S5EcoInnovationConsultancy),
        ("S6", ClusterService.S6EnvironmentalLegislation),
        ("S7", ClusterService.S7SupplierCollaboration),
        ("S8", ClusterService.S8ResearchInfrastructure),
        ("S9", ClusterService.S9OrganisationalDevelopment),
        ("S10", ClusterService.S10ProductStrategy),
        ("S11", ClusterService.S11TenderMonitoring),
        ("S12", ClusterService.S12TenderSubmissions),
        ("S13", ClusterService.S13Internationalisation),
        ("S14", ClusterService.S14Advertising),
        ("S15", ClusterService.S15EventManagement),
    ]);
}
