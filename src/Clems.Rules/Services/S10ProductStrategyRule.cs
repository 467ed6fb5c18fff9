using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S10: product development and marketing strategy consultancy, a service for active members (G10).
[Name("Services.S10.ProductStrategy")]
[Description("A request for product development and marketing strategy consultancy (S10) is approved when the requester is an active member on the request date and the as-of date (G10), and rejected otherwise.")]
[Tag("G10")]
[Tag("S10")]
[Priority(RulePriorities.Findings)]
internal sealed class S10ProductStrategyRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S10ProductStrategy;
}
