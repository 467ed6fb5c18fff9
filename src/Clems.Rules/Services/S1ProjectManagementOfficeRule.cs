using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;
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

    protected override string Described => "S1 (project management office)";

    /// The organisations of the project: the requester and the listed participants, each counted once.
    internal const int MinimumOrganizations = 2;

    protected override IEnumerable<Reason> Gaps(ServiceRequestFact request)
    {
        if (request.ProjectOrganizations.Length < MinimumOrganizations)
        {
            yield return new Reason(
                "S1.too-few-organizations",
                Text.Inv($"A project management office (S1) serves projects of several organisations: it needs at least {MinimumOrganizations} participating organisations, and request {request.Request.Id} has {request.ProjectOrganizations.Length} ({Names(request)})."));
        }
    }

    protected override IEnumerable<Reason> Grounds(ServiceRequestFact request)
    {
        yield return new Reason(
            "S1.organizations",
            Text.Inv($"The project has {request.ProjectOrganizations.Length} participating organisations ({Names(request)}); a project management office (S1) needs at least {MinimumOrganizations}."));
    }

    private static string Names(ServiceRequestFact request)
        => Text.List([.. request.ProjectOrganizations.Select(o => $"{o.Name} ({o.Id})")]);
}
