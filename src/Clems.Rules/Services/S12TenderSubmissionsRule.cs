using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S12: preparing tender submissions and support in tender disputes, a service for active members (G10).
[Name("Services.S12.TenderSubmissions")]
[Description("A request for preparing tender submissions and support in tender disputes (S12) is approved when the requester is an active member on the request date and the as-of date (G10), and rejected otherwise.")]
[Tag("G10")]
[Tag("S12")]
[Priority(RulePriorities.Findings)]
internal sealed class S12TenderSubmissionsRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S12TenderSubmissions;
}
