using System;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Services;

/// The reason codes and sentences of the cluster's services (S1–S15, each for active members only, G10); the rules
/// choose which apply.
internal static class ServicesReasons
{
    /// Every reason code the service rules emit, besides the G10 standing codes of <see cref="MembershipReasons"/>.
    internal static class Codes
    {
        internal const string ActiveMember = "G10.active-member";
        internal const string NotMemberWhenRequested = "G10.not-member-when-requested";
        internal const string TooFewOrganizations = "S1.too-few-organizations";
        internal const string Organizations = "S1.organizations";
        internal const string ClusterRoute = "S4.cluster-route";
        internal const string S2MembersOnlyService = "S2.members-only-service";
        internal const string S3MembersOnlyService = "S3.members-only-service";
        internal const string S5MembersOnlyService = "S5.members-only-service";
        internal const string S6MembersOnlyService = "S6.members-only-service";
        internal const string S7MembersOnlyService = "S7.members-only-service";
        internal const string S8MembersOnlyService = "S8.members-only-service";
        internal const string S9MembersOnlyService = "S9.members-only-service";
        internal const string S10MembersOnlyService = "S10.members-only-service";
        internal const string S11MembersOnlyService = "S11.members-only-service";
        internal const string S12MembersOnlyService = "S12.members-only-service";
        internal const string S13MembersOnlyService = "S13.members-only-service";
        internal const string S14MembersOnlyService = "S14.members-only-service";
        internal const string S15MembersOnlyService = "S15.members-only-service";
    }

    /// The service's clause id and what it is, e.g. "S6 (environmental legislation advice)".
    internal static string Described(ClusterService service) => service switch
    {
        ClusterService.S1ProjectManagementOffice => "S1 (project management office)",
        ClusterService.S2HighLevelAdvice => "S2 (advice to the high-level group)",
        ClusterService.S3AccessToCapital => "S3 (access to other forms of capital)",
        ClusterService.S4PublicFundApplications => "S4 (preparing an application for EU or Romanian public funds)",
        ClusterService.S5EcoInnovationConsultancy => "S5 (eco-innovation consultancy)",
        ClusterService.S6EnvironmentalLegislation => "S6 (environmental legislation advice)",
        ClusterService.S7SupplierCollaboration => "S7 (collaboration with suppliers of environmental services and equipment)",
        ClusterService.S8ResearchInfrastructure => "S8 (access to environmental research infrastructure)",
        ClusterService.S9OrganisationalDevelopment => "S9 (organisational development consultancy)",
        ClusterService.S10ProductStrategy => "S10 (product development and marketing strategy consultancy)",
        ClusterService.S11TenderMonitoring => "S11 (tender monitoring)",
        ClusterService.S12TenderSubmissions => "S12 (preparing tender submissions and support in tender disputes)",
        ClusterService.S13Internationalisation => "S13 (internationalisation through partners' business opportunities)",
        ClusterService.S14Advertising => "S14 (the advertising and marketing channel)",
        ClusterService.S15EventManagement => "S15 (event management consultancy)",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not a service of the catalogue (S1–S15)."),
    };

    /// G10: the requester was an active member on the request date and is on the as-of date.
    internal static Reason ActiveMember(ServiceRequestFact request)
    {
        var organization = request.Standing.Organization;
        return new(
            Codes.ActiveMember,
            $"{organization.Name} ({organization.Id}) requested {Described(request.Request.Service)} on {Text.Date(request.Request.RequestedOn)} and "
            + $"{request.Standing.Describe()} (as of {Text.Date(request.Standing.AsOf)}); CLEMS offers its services to active members.");
    }

    /// G10: the requester was not an active member on the date of its request.
    internal static Reason NotMemberWhenRequested(ServiceRequestFact request)
    {
        var organization = request.Standing.Organization;
        var when = request.StandingWhenRequested;
        return new(
            Codes.NotMemberWhenRequested,
            $"{organization.Name} ({organization.Id}) requested {Described(request.Request.Service)} on {Text.Date(when.AsOf)}, when it {when.Describe()}; "
            + "CLEMS offers its services to active members only.");
    }

    /// G10: the requester is not an active member on the as-of date (the code names its standing).
    internal static Reason NotActiveMember(ServiceRequestFact request)
    {
        var organization = request.Standing.Organization;
        var now = request.Standing;
        return new(
            MembershipReasons.NotActiveCode(now),
            $"{organization.Name} ({organization.Id}) requested {Described(request.Request.Service)} on {Text.Date(request.Request.RequestedOn)}; it "
            + $"{now.Describe()} (as of {Text.Date(now.AsOf)}); CLEMS offers its services to active members only.");
    }

    /// A service whose only condition is G10 (S2, S3, S5–S15).
    internal static Reason MembersOnlyService(ClusterService service)
        => new(MembersOnlyServiceCode(service), $"{Described(service)} is offered to active members only; it has no further condition.");

    /// S1: fewer participating organisations than a project management office needs.
    internal static Reason TooFewOrganizations(ServiceRequestFact request)
        => new(
            Codes.TooFewOrganizations,
            Text.Inv($"A project management office (S1) serves projects of several organisations: it needs at least {ServiceClauses.MinimumOrganizations} participating organisations, and request {request.Request.Id} has {request.ProjectOrganizations.Length} ({Names(request)})."));

    /// S1: the project's participating organisations, enough for a project management office.
    internal static Reason Organizations(ServiceRequestFact request)
        => new(
            Codes.Organizations,
            Text.Inv($"The project has {request.ProjectOrganizations.Length} participating organisations ({Names(request)}); a project management office (S1) needs at least {ServiceClauses.MinimumOrganizations}."));

    /// S4: the cluster-route decision (G15) for the requester and the opportunity, by its subject.
    internal static Reason ClusterRoute(ServiceRequestFact request)
    {
        var route = request.ClusterRoute!.Value;
        return new(
            Codes.ClusterRoute,
            $"The application is for opportunity {request.Request.Opportunity}; whether {request.Standing.Organization.Id} should take it "
            + $"through the cluster is the cluster-route decision (G15): see cluster route {route.Id} ({route}) in the report, when one was requested.");
    }

    private static string MembersOnlyServiceCode(ClusterService service) => service switch
    {
        ClusterService.S2HighLevelAdvice => Codes.S2MembersOnlyService,
        ClusterService.S3AccessToCapital => Codes.S3MembersOnlyService,
        ClusterService.S5EcoInnovationConsultancy => Codes.S5MembersOnlyService,
        ClusterService.S6EnvironmentalLegislation => Codes.S6MembersOnlyService,
        ClusterService.S7SupplierCollaboration => Codes.S7MembersOnlyService,
        ClusterService.S8ResearchInfrastructure => Codes.S8MembersOnlyService,
        ClusterService.S9OrganisationalDevelopment => Codes.S9MembersOnlyService,
        ClusterService.S10ProductStrategy => Codes.S10MembersOnlyService,
        ClusterService.S11TenderMonitoring => Codes.S11MembersOnlyService,
        ClusterService.S12TenderSubmissions => Codes.S12MembersOnlyService,
        ClusterService.S13Internationalisation => Codes.S13MembersOnlyService,
        ClusterService.S14Advertising => Codes.S14MembersOnlyService,
        ClusterService.S15EventManagement => Codes.S15MembersOnlyService,
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "S1 and S4 have conditions of their own beyond G10."),
    };

    private static string Names(ServiceRequestFact request)
        => Text.List([.. request.ProjectOrganizations.Select(o => $"{o.Name} ({o.Id})")]);
}
