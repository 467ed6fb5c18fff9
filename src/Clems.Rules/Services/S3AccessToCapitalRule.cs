using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S3: access to other forms of capital, a service for active members (G10).
[Name("Services.S3.AccessToCapital")]
[Description("A request for access to other forms of capital (S3) is approved when the requester is an active member on the request date and the as-of date (G10), and rejected otherwise.")]
[Tag("G10")]
[Tag("S3")]
[Priority(RulePriorities.Findings)]
internal sealed class S3AccessToCapitalRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S3AccessToCapital;
}
