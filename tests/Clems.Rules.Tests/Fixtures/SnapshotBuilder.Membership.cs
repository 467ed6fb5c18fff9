using System;
using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Membership;

namespace Clems.Rules.Tests.Fixtures;

/// Organisations and their membership terms.
internal sealed partial class SnapshotBuilder
{
    private readonly List<Func<Organization>> _organizations = [];
    private readonly List<Func<IEnumerable<MembershipTerm>>> _memberships = [];

    /// Organisations with the membership terms their builders declare.
    public SnapshotBuilder With(params OrganizationBuilder[] organizations)
    {
        foreach (var organization in organizations)
        {
            _organizations.Add(organization.Build);
            _memberships.Add(organization.BuildTerms);
        }

        return this;
    }

    /// Organisations made by hand, with no membership term (a validation test's duplicate or unusual entry).
    public SnapshotBuilder With(params Organization[] organizations)
    {
        _organizations.AddRange(organizations.Select(o => (Func<Organization>)(() => o)));
        return this;
    }

    /// Membership terms besides the organisations' own, in the order added (a validation test's term of an unknown organisation).
    public SnapshotBuilder With(params MembershipTerm[] terms)
    {
        _memberships.AddRange(terms.Select(t => (Func<IEnumerable<MembershipTerm>>)(() => [t])));
        return this;
    }

    /// Members as the allocation tests write them: "Org {id}", represented by <c>rep-{id}</c> ("Rep {id}"), active
    /// since <see cref="Dates.Joined"/>, open-ended.
    public SnapshotBuilder Members(params string[] ids)
        => With([.. ids.Select(id => AllocationOrganization(id).MemberBetween(Dates.Joined))]);

    /// Organisations written as <see cref="Members"/> writes them whose only membership term is suspended from
    /// <see cref="Dates.Joined"/>, open-ended.
    public SnapshotBuilder SuspendedMembers(params string[] ids)
        => With([.. ids.Select(id => AllocationOrganization(id).SuspendedBetween(Dates.Joined))]);

    /// Organisations named "Org {id}", with no representative and no membership term.
    public SnapshotBuilder NonMembers(params string[] ids)
        => With([.. ids.Select(id => A.Organization(id).Named("Org " + id).WithoutRepresentatives())]);

    private static OrganizationBuilder AllocationOrganization(string id)
        => A.Organization(id).Named("Org " + id).WithoutRepresentatives().WithRepresentative(OrganizationBuilder.DefaultRepresentative(id), "Rep " + id);

    private IEnumerable<Organization> BuildOrganizations() => _organizations.Select(build => build());

    private IEnumerable<MembershipTerm> BuildMemberships() => _memberships.SelectMany(build => build());
}
