using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Services;

namespace Clems.Rules.Reference.Clauses;

/// S1–S15: every service is for active members only (G10), on the request date and on the as-of date; S1 needs at
/// least two organisations; S4 points to the cluster route (G15).
internal static class Services
{
    public static void Decide(Cluster cluster)
    {
        foreach (var request in cluster.Snapshot.ServiceRequests)
        {
            Decide(cluster, request);
        }
    }

    private static void Decide(Cluster cluster, ServiceRequest request)
    {
        var clause = Clause(request.Service);
        var rule = "Services." + clause + "." + request.Service.ToString()[clause.Length..];
        var requester = request.RequestedBy;
        var organizations = request.Participants.Append(requester).Distinct().Count();
        var gaps = new List<string>();
        if (request.RequestedOn != cluster.AsOf && !cluster.IsActive(requester, request.RequestedOn))
        {
            gaps.Add("G10.not-member-when-requested");
        }

        if (!cluster.IsActive(requester))
        {
            gaps.Add("G10." + cluster.StandingOn(requester, cluster.AsOf).Code());
        }

        if (request.Service == ClusterService.S1ProjectManagementOffice && organizations < 2)
        {
            gaps.Add("S1.too-few-organizations");
        }

        if (gaps.Count > 0)
        {
            cluster.Decide(SubjectKind.ServiceRequest, request.Id.Value, DecisionOutcome.Rejected, rule, "G10 " + clause, gaps);
            return;
        }

        var ground = request.Service switch
        {
            ClusterService.S1ProjectManagementOffice => "S1.organizations",
            ClusterService.S4PublicFundApplications => "S4.cluster-route",
            _ => clause + ".members-only-service",
        };
        cluster.Decide(SubjectKind.ServiceRequest, request.Id.Value, DecisionOutcome.Approved, rule, "G10 " + clause, ["G10.active-member", ground]);
    }

    /// S1…S15 from the service's name (S10ProductStrategy → S10).
    private static string Clause(ClusterService service)
    {
        var name = service.ToString();
        var digits = name.Skip(1).TakeWhile(char.IsAsciiDigit).Count();
        return name[..(1 + digits)];
    }
}
