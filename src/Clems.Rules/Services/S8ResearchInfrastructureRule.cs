using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S8: access to environmental research infrastructure, a service for active members (G10).
[Name("Services.S8.ResearchInfrastructure")]
[Description("A request for access to environmental research infrastructure (S8) is approved when the requester is an active member on the request date and the as-of date (G10), and rejected otherwise.")]
[Tag("G10")]
[Tag("S8")]
[Priority(RulePriorities.Findings)]
internal sealed class S8ResearchInfrastructureRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S8ResearchInfrastructure;
}
