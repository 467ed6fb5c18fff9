using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S15: event management consultancy, a service for active members (G10).
[Name("Services.S15.EventManagement")]
[Description("A request for event management consultancy (S15) is approved when the requester is an active member on the request date and the as-of date (G10), and rejected otherwise.")]
[Tag("G10")]
[Tag("S15")]
[Priority(RulePriorities.Findings)]
internal sealed class S15EventManagementRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S15EventManagement;
}
