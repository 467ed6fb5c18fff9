using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NRules.Fluent.Dsl;

namespace Clems.Rules.Services;

/// S1: project management office, a service for active members (G10).
[Name("Services.S1.ProjectManagementOffice")]
[Description("A project management office (S1) is offered to active members only (G10) and needs at least two participating organisations.")]
[Tag("G10")]
[Tag("S1")]
[Priority(RulePriorities.Findings)]
internal sealed class S1ProjectManagementOfficeRule : ServiceRequestRule
{
    protected override ClusterService Service => ClusterService.S1ProjectManagementOffice;

    protected override IEnumerable<Reason> Gaps(ServiceRequestFact request)
    {
        if (!ServiceClauses.HasSeveralOrganizations(request))
        {
            yield return ServicesReasons.TooFewOrganizations(request);
        }
    }

    protected override IEnumerable<Reason> Grounds(ServiceRequestFact request)
    {
        yield return ServicesReasons.Organizations(request);
    }
}
