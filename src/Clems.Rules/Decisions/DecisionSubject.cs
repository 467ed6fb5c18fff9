using System;
using Clems.Rules.Advertising;
using Clems.Rules.ClusterRoutes;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.InternalBids;
using Clems.Rules.Membership;
using Clems.Rules.SalesAgency;
using Clems.Rules.Services;
using Clems.Rules.Tenders;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Decisions;

/// <summary>What a decision is about: a kind and the id of the subject in the snapshot.</summary>
/// <param name="Kind">The kind of subject.</param>
/// <param name="Id">The subject's id as written in the snapshot.</param>
/// <remarks>A subject about two things (an organisation's interest in a project, its participation in an initiative…)
/// has the two ids joined by <c>/</c>; build subjects with the factory of their kind (<see cref="Interest"/>,
/// <see cref="Participation"/>…) rather than by hand.</remarks>
public readonly record struct DecisionSubject(SubjectKind Kind, string Id) : IComparable<DecisionSubject>
{
    private const string Separator = "/";

    /// <summary>The subject of the framework version applied (G1).</summary>
    /// <param name="framework">The version's id.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject Framework(FrameworkVersionId framework) => new(SubjectKind.Framework, framework.Value);

    /// <summary>The subject of a working group's decisions (G2, G4, G6).</summary>
    /// <param name="group">The group's id.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject WorkingGroup(WorkingGroupId group) => new(SubjectKind.WorkingGroup, group.Value);

    /// <summary>The subject of a proposal to dissolve or transform a working group (G5).</summary>
    /// <param name="proposal">The proposal's id.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject WorkingGroupProposal(WorkingGroupProposalId proposal) => new(SubjectKind.WorkingGroupProposal, proposal.Value);

    /// <summary>The subject of an initiative's decisions.</summary>
    /// <param name="initiative">The initiative's id.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject Initiative(InitiativeId initiative) => new(SubjectKind.Initiative, initiative.Value);

    /// <summary>The subject of one organisation's participation in one initiative (G3): <c>initiative/organisation</c>.</summary>
    /// <param name="initiative">The initiative.</param>
    /// <param name="organization">The participating organisation.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject Participation(InitiativeId initiative, OrganizationId organization)
        => new(SubjectKind.Participation, Join(initiative.Value, organization.Value));

    /// <summary>The subject of a sales-agency request (G13).</summary>
    /// <param name="request">The request's id.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject SalesAgencyRequest(SalesAgencyRequestId request) => new(SubjectKind.SalesAgencyRequest, request.Value);

    /// <summary>The subject of an internal bid (G14).</summary>
    /// <param name="bid">The bid's id.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject InternalBid(InternalBidId bid) => new(SubjectKind.InternalBid, bid.Value);

    /// <summary>The subject of an organisation's route to an opportunity through the cluster (G15): <c>organisation/opportunity</c>.</summary>
    /// <param name="organization">The organisation.</param>
    /// <param name="opportunity">The opportunity.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject ClusterRoute(OrganizationId organization, OpportunityId opportunity)
        => new(SubjectKind.ClusterRoute, Join(organization.Value, opportunity.Value));

    /// <summary>The subject of a service request (S1–S15).</summary>
    /// <param name="request">The request's id.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject ServiceRequest(ServiceRequestId request) => new(SubjectKind.ServiceRequest, request.Value);

    /// <summary>The subject of an advertising item's publication (S14).</summary>
    /// <param name="item">The item's id.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject AdvertisingItem(AdvertisingItemId item) => new(SubjectKind.AdvertisingItem, item.Value);

    /// <summary>The subject of a tender alert to a member (S11): <c>tender/organisation</c>.</summary>
    /// <param name="tender">The tender notice.</param>
    /// <param name="organization">The member alerted.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject TenderAlert(TenderId tender, OrganizationId organization)
        => new(SubjectKind.TenderAlert, Join(tender.Value, organization.Value));

    /// <summary>The subject of a project's allocation (G8, G16).</summary>
    /// <param name="project">The project's initiative.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject Project(InitiativeId project) => new(SubjectKind.Project, project.Value);

    /// <summary>The subject of a member's interest in a project's place (G8, G16): <c>project/organisation</c>.</summary>
    /// <param name="project">The project's initiative.</param>
    /// <param name="member">The interested organisation.</param>
    /// <returns>The subject.</returns>
    public static DecisionSubject Interest(InitiativeId project, OrganizationId member) => new(SubjectKind.Interest, Join(project.Value, member.Value));

    /// <summary>The id of a fact identified by two ids, joined as subjects join them (<c>first/second</c>).</summary>
    internal static string Join(string first, string second) => string.Concat(first, Separator, second);

    /// <inheritdoc/>
    public int CompareTo(DecisionSubject other)
    {
        var byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Id, other.Id);
    }

    /// <summary>Formats the subject as <c>Kind:id</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}:{Id}";
}
