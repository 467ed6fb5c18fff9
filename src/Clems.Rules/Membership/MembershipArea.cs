using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Utility;

namespace Clems.Rules.Membership;

/// Organisations, their representatives and their membership terms (G9, G10): ids unique, terms that do not overlap;
/// each organisation's standing on the as-of date, resolved once for every other area.
internal sealed class MembershipArea : GovernanceArea
{
    /// <c>$.organizations</c>, referred to by nearly every other area.
    internal static readonly IdentifiedArray Organizations = IdentifiedArray.Of("organisation", "$.organizations", s => s.Organizations, o => o.Id.Value);

    /// Representative id → (organisation position, representative position), for references to representatives.
    internal static readonly AreaProduct<Dictionary<string, (int Organization, int Index)>> RepresentativeIds = new("Membership.RepresentativeIds");

    /// Each organisation's standing on the as-of date.
    internal static readonly AreaProduct<Dictionary<OrganizationId, MemberStanding>> Standings = new("Membership.Standings");

    /// Each organisation's standing on another date (G4 formation, G5 proposals, a service request's date).
    internal static readonly AreaProduct<StandingsOnDates> StandingsOn = new("Membership.StandingsOn");

    /// Each representative with the organisation it represents.
    internal static readonly AreaProduct<Dictionary<RepresentativeId, (Representative Representative, Organization Organization)>> Representatives = new("Membership.Representatives");

    internal override string Name => "Membership";

    internal override ImmutableArray<IdentifiedArray> Identities => [Organizations];

    internal override ImmutableArray<AreaProduct> Produces => [RepresentativeIds, Standings, StandingsOn, Representatives];

    internal override void Validate(ValidationScope scope)
    {
        var snapshot = scope.Snapshot;
        var representatives = new Dictionary<string, (int Organization, int Index)>(System.StringComparer.Ordinal);
        for (var i = 0; i < snapshot.Organizations.Length; i++)
        {
            var reps = snapshot.Organizations[i].Representatives;
            for (var k = 0; k < reps.Length; k++)
            {
                if (!representatives.TryAdd(reps[k].Id.Value, (i, k)))
                {
                    var first = representatives[reps[k].Id.Value];
                    scope.Add(
                        RepresentativePath(i, k),
                        CommonProblems.DuplicateId,
                        $"Representative id '{reps[k].Id}' is already used at {RepresentativePath(first.Organization, first.Index)}; give each representative its own id.");
                }
            }
        }

        scope.Publish(RepresentativeIds, representatives);
        ValidateMemberships(scope);
    }

    internal override void Project(ProjectionScope scope)
    {
        var standings = new Dictionary<OrganizationId, MemberStanding>();
        var representatives = new Dictionary<RepresentativeId, (Representative Representative, Organization Organization)>();
        var termsByOrganization = scope.Snapshot.Memberships.ToLookup(t => t.Organization);
        foreach (var organization in scope.Snapshot.Organizations.OrderBy(o => o.Id))
        {
            standings[organization.Id] = MemberStanding.Resolve(organization, [.. termsByOrganization[organization.Id]], scope.Context.AsOf);
            foreach (var representative in organization.Representatives)
            {
                representatives[representative.Id] = (representative, organization);
            }
        }

        scope.Publish(Standings, standings);
        scope.Publish(StandingsOn, new StandingsOnDates(standings, termsByOrganization, scope.Context.AsOf));
        scope.Publish(Representatives, representatives);
    }

    private static void ValidateMemberships(ValidationScope scope)
    {
        var terms = scope.Snapshot.Memberships;
        var byOrganization = new Dictionary<string, List<int>>(System.StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            var id = terms[i].Organization.Value;
            if (!scope.CheckReference(Organizations, id, new ItemPath("$.memberships", i).Then(".organization")))
            {
                continue;
            }

            if (!byOrganization.TryGetValue(id, out var seen))
            {
                byOrganization[id] = seen = [];
            }

            foreach (var j in seen.Where(j => Overlap(terms[i], terms[j])))
            {
                scope.Add(
                    new ItemPath("$.memberships", i),
                    MembershipProblems.OverlappingTerms,
                    Text.Inv($"This membership of '{id}' overlaps the one at $.memberships[{j}]; end one before the other starts, or merge them."));
            }

            seen.Add(i);
        }
    }

    private static string RepresentativePath(int organization, int index) => Text.Inv($"$.organizations[{organization}].representatives[{index}].id");

    private static bool Overlap(MembershipTerm a, MembershipTerm b)
        => (a.End is null || b.Start <= a.End.Value) && (b.End is null || a.Start <= b.End.Value);
}
