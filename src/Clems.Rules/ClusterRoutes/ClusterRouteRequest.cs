using Clems.Rules.Decisions;
using Clems.Rules.Membership;

namespace Clems.Rules.ClusterRoutes;

/// <summary>An organisation asks whether to pursue an opportunity through the cluster (G15); the decision's subject id
/// is <c>organisation/opportunity</c>.</summary>
public sealed class ClusterRouteRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="organization">The organisation that asks.</param>
    /// <param name="opportunity">The opportunity it considers.</param>
    public ClusterRouteRequest(OrganizationId organization, OpportunityId opportunity)
    {
        Organization = organization;
        Opportunity = opportunity;
    }

    /// <summary>The organisation that asks.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The opportunity it considers.</summary>
    public OpportunityId Opportunity { get; }

    /// <summary>The id of the cluster-route decision: <c>organisation/opportunity</c>.</summary>
    public string SubjectId => DecisionSubject.ClusterRoute(Organization, Opportunity).Id;
}
