using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S4: preparing an application for EU or Romanian public funds, a service for active members (G10).
[Name("Services.S4.PublicFundApplications")]
[Description("Preparing an application for EU or Romanian public funds (S4) is offered to active members only (G10); the decision points to the cluster-route decision (G15) for the requester and the opportunity.")]
[Tag("G10")]
[Tag("S4")]
[Priority(RulePriorities.Findings)]
internal sealed class S4PublicFundApplicationsRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S4PublicFundApplications;

    // G15's cluster-route decisions are made by their own rules from the snapshot's cluster-route requests; an S4
    // decision names the subject of that decision (organisation/opportunity) so the reader can look it up in the report.
    protected override IEnumerable<Reason> Grounds(ServiceRequestFact request)
    {
        yield return ServicesReasons.ClusterRoute(request);
    }
}
