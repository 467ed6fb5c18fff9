using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S2: advice to the high-level group, a service for active members (G10).
[Name("Services.S2.HighLevelAdvice")]
[Description("A request for advice to the high-level group (S2) is approved when the requester is an active member on the request date and the as-of date (G10), and rejected otherwise.")]
[Tag("G10")]
[Tag("S2")]
[Priority(RulePriorities.Findings)]
internal sealed class S2HighLevelAdviceRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S2HighLevelAdvice;
}
