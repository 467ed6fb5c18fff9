using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S5: eco-innovation consultancy, a service for active members (G10).
[Name("Services.S5.EcoInnovationConsultancy")]
[Description("A request for eco-innovation consultancy (S5) is approved when the requester is an active member on the request date and the as-of date (G10), and rejected otherwise.")]
[Tag("G10")]
[Tag("S5")]
[Priority(RulePriorities.Findings)]
internal sealed class S5EcoInnovationConsultancyRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S5EcoInnovationConsultancy;
}
