using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S14: the advertising and marketing channel, a service for active members (G10).
[Name("Services.S14.Advertising")]
[Description("A request for the advertising and marketing channel (S14) is approved when the requester is an active member on the request date and the as-of date (G10), and rejected otherwise.")]
[Tag("G10")]
[Tag("S14")]
[Priority(RulePriorities.Findings)]
internal sealed class S14AdvertisingRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S14Advertising;
}
