using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Engine;

/// What every area's projection shares: the snapshot, the as-of context, each organisation's standing, the lookups
/// from ids to objects, the initiative facts already built, and the fact list being filled (in a deterministic order).
internal sealed partial class ProjectionScope
{
    internal ProjectionScope(ClusterSnapshot snapshot, EvaluationContext context)
    {
        Snapshot = snapshot;
        Context = context;
        var termsByOrganization = snapshot.Memberships.ToLookup(t => t.Organization);
        foreach (var organization in snapshot.Organizations.OrderBy(o => o.Id))
        {
            Standings[organization.Id] = MemberStanding.Resolve(organization, [.. termsByOrganization[organization.Id]], context.AsOf);
            foreach (var representative in organization.Representatives)
            {
                Representatives[representative.Id] = (representative, organization);
            }
        }

        foreach (var group in snapshot.WorkingGroups)
        {
            Groups[group.Id] = group;
        }
    }

    internal ClusterSnapshot Snapshot { get; }

    internal EvaluationContext Context { get; }

    internal List<object> Facts { get; } = [];

    internal Dictionary<OrganizationId, MemberStanding> Standings { get; } = [];

    internal Dictionary<RepresentativeId, (Representative Representative, Organization Organization)> Representatives { get; } = [];

    internal Dictionary<WorkingGroupId, WorkingGroup> Groups { get; } = [];

    internal Dictionary<InitiativeId, InitiativeFact> Initiatives { get; } = [];
}
