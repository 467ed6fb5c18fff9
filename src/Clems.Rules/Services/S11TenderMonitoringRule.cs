using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S11: tender monitoring, a service for active members (G10).
[Name("Services.S11.TenderMonitoring")]
[Description("A request for tender monitoring (S11) is approved when the requester is an active member on the request date and the as-of date (G10), and rejected otherwise.")]
[Tag("G10")]
[Tag("S11")]
[Priority(RulePriorities.Findings)]
internal sealed class S11TenderMonitoringRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S11TenderMonitoring;
}
