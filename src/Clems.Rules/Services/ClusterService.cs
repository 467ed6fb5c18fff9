namespace Clems.Rules.Services;

/// <summary>The services CLEMS offers to its members (S1–S15), each offered to active members only (G10).</summary>
/// <remarks>The scenario format names them by clause id (<c>S1</c> … <c>S15</c>).</remarks>
public enum ClusterService
{
    /// <summary>S1: project management office for large and medium projects with several organisations.</summary>
    S1ProjectManagementOffice = 1,

    /// <summary>S2: advice to the high-level group on international acquisition, product development and marketing.</summary>
    S2HighLevelAdvice,

    /// <summary>S3: access to other forms of capital.</summary>
    S3AccessToCapital,

    /// <summary>S4: preparing applications for EU and Romanian public funds (linked to the cluster route, G15).</summary>
    S4PublicFundApplications,

    /// <summary>S5: eco-innovation consultancy.</summary>
    S5EcoInnovationConsultancy,

    /// <summary>S6: environmental legislation advice.</summary>
    S6EnvironmentalLegislation,

    /// <summary>S7: collaboration with suppliers of environmental services and equipment.</summary>
    S7SupplierCollaboration,

    /// <summary>S8: access to environmental research infrastructure (laboratories, specialists).</summary>
    S8ResearchInfrastructure,

    /// <summary>S9: organisational development consultancy.</summary>
    S9OrganisationalDevelopment,

    /// <summary>S10: product development and marketing strategy consultancy.</summary>
    S10ProductStrategy,

    /// <summary>S11: monitoring public tenders in Romania and the EU member states by each member's interest.</summary>
    S11TenderMonitoring,

    /// <summary>S12: preparing tender submissions for consortia; support in public-tender disputes.</summary>
    S12TenderSubmissions,

    /// <summary>S13: internationalisation through CLEMS partners' business opportunities.</summary>
    S13Internationalisation,

    /// <summary>S14: advertising and marketing channel for members' products and services.</summary>
    S14Advertising,

    /// <summary>S15: event management consultancy.</summary>
    S15EventManagement,
}
