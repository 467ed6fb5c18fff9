using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S13: internationalisation through partners' business opportunities, a service for active members (G10).
[Name("Services.S13.Internationalisation")]
[Description("A request for internationalisation through partners' business opportunities (S13) is approved when the requester is an active member on the request date and the as-of date (G10), and rejected otherwise.")]
[Tag("G10")]
[Tag("S13")]
[Priority(RulePriorities.Findings)]
internal sealed class S13InternationalisationRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S13Internationalisation;
}
