using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S6: environmental legislation advice, a service for active members (G10).
[Name("Services.S6.EnvironmentalLegislation")]
[Description("A request for environmental legislation advice (S6) is approved when the requester is an active member on the request date and the as-of date (G10), and rejected otherwise.")]
[Tag("G10")]
[Tag("S6")]
[Priority(RulePriorities.Findings)]
internal sealed class S6EnvironmentalLegislationRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S6EnvironmentalLegislation;
}
