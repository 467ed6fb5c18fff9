using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S9: organisational development consultancy, a service for active members (G10).
[Name("Services.S9.OrganisationalDevelopment")]
[Description("A request for organisational development consultancy (S9) is approved when the requester is an active member on the request date and the as-of date (G10), and rejected otherwise.")]
[Tag("G10")]
[Tag("S9")]
[Priority(RulePriorities.Findings)]
internal sealed class S9OrganisationalDevelopmentRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S9OrganisationalDevelopment;
}
