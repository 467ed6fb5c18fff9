using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;
using NodaTime;

namespace Clems.Rules.Tests.Fixtures;

/// Builds an organisation with one representative (<c>rep-{id}</c>) and its membership terms.
internal sealed class OrganizationBuilder
{
    private readonly List<Representative> _representatives;
    private readonly List<(LocalDate Start, LocalDate? End, MembershipStatus Status)> _terms = [];
    private string _name;
    private string[] _expertise = [];
    private ThematicArea[] _areas = [];
    private Money? _resources;

    /// Declares the organisation's expertise tags (G14).
    public OrganizationBuilder WithExpertise(params string[] tags)
    {
        _expertise = tags;
        return this;
    }

    /// Declares the organisation's objectives: its thematic areas and, optionally, its own resources (G15).
    public OrganizationBuilder WithObjectives(Money? resources, params ThematicArea[] areas)
    {
        _areas = areas;
        _resources = resources;
        return this;
    }

    public OrganizationBuilder(string id)
    {
        Id = new OrganizationId(id);
        _name = "Organisation " + id;
        _representatives = [new Representative(new RepresentativeId(DefaultRepresentative(id)), "Representative of " + id)];
    }

    public OrganizationId Id { get; }

    /// The id of the representative every built organisation has unless told otherwise.
    public static string DefaultRepresentative(string organizationId) => "rep-" + organizationId;

    public OrganizationBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public OrganizationBuilder WithRepresentative(string id, string name)
    {
        _representatives.Add(new Representative(new RepresentativeId(id), name));
        return this;
    }

    public OrganizationBuilder WithoutRepresentatives()
    {
        _representatives.Clear();
        return this;
    }

    /// Adds an active membership term; <paramref name="end"/> is its last day, null for open-ended.
    public OrganizationBuilder MemberBetween(LocalDate start, LocalDate? end = null)
    {
        _terms.Add((start, end, MembershipStatus.Active));
        return this;
    }

    public OrganizationBuilder SuspendedBetween(LocalDate start, LocalDate? end = null)
    {
        _terms.Add((start, end, MembershipStatus.Suspended));
        return this;
    }

    public Organization Build() => new(Id, _name, OrganizationKind.Company, CountryCode.Romania, _representatives)
    {
        Expertise = [.. _expertise],
        ThematicAreas = [.. _areas],
        Resources = _resources,
    };

    public IEnumerable<MembershipTerm> BuildTerms() => _terms.Select(t => new MembershipTerm(Id, t.Start, t.End, t.Status));
}
