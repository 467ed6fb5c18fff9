using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using Clems.Rules.InternalBids;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;
using FsCheck;
using FsCheck.Fluent;

namespace Clems.Rules.Tests.Fixtures;

/// Every FsCheck generator of the test project (FsCheck.Fluent only).
public static class Arbitraries
{
    /// The rich snapshot, permuted at every level, with one of its interesting as-of dates.
    public static Arbitrary<PermutedSnapshot> PermutedSnapshots()
        => Arb.From(
            from snapshot in Permuted(RichSnapshot.Build())
            from asOf in Gen.Elements(RichSnapshot.AsOfDates.AsEnumerable())
            select new PermutedSnapshot(snapshot, asOf));

    internal static Gen<ClusterSnapshot> Permuted(ClusterSnapshot snapshot)
        => (from organizations in Gen.CollectToArray(snapshot.Organizations, Permuted).SelectMany(Shuffled)
           from memberships in Shuffled(snapshot.Memberships)
           from groups in Gen.CollectToArray(snapshot.WorkingGroups, Permuted).SelectMany(Shuffled)
           from initiatives in Gen.CollectToArray(snapshot.Initiatives, Permuted).SelectMany(Shuffled)
           from frameworks in Shuffled(snapshot.Frameworks)
           from projects in Gen.CollectToArray(snapshot.Projects, Permuted).SelectMany(Shuffled)
           from interests in Shuffled(snapshot.Interests)
           from commitments in Shuffled(snapshot.Commitments)
           from preferences in Shuffled(snapshot.MemberPreferences)
           from salesAgencyRequests in Shuffled(snapshot.SalesAgencyRequests)
           from internalBids in Gen.CollectToArray(snapshot.InternalBids, Permuted).SelectMany(Shuffled)
           from opportunities in Shuffled(snapshot.Opportunities)
           from clusterRouteRequests in Shuffled(snapshot.ClusterRouteRequests)
           from proposals in Gen.CollectToArray(snapshot.WorkingGroupProposals, Permuted).SelectMany(Shuffled)
           from agreements in Shuffled(snapshot.ConfidentialityAgreements)
           select new ClusterSnapshot
           {
               SalesAgencyRequests = salesAgencyRequests,
               InternalBids = internalBids,
               Opportunities = opportunities,
               ClusterRouteRequests = clusterRouteRequests,
               Organizations = organizations,
               Memberships = memberships,
               WorkingGroups = groups,
               Initiatives = initiatives,
               Frameworks = frameworks,
               Projects = projects,
               Interests = interests,
               Commitments = commitments,
               MemberPreferences = preferences,
               LotterySeed = snapshot.LotterySeed,
               WorkingGroupProposals = proposals,
               ConfidentialityAgreements = agreements,
           }).SelectMany(permuted => ServiceArbitraries.WithPermutedServices(snapshot, permuted));

    // A member's ranking is an order it chose, so it is kept; the agreements are a set.
    private static Gen<ProjectPlaces> Permuted(ProjectPlaces p)
        => p.Competition is not { } c
            ? Gen.Constant(p)
            : Shuffled(c.Agreements).Select(agreements => new ProjectPlaces(
                p.Initiative, p.Places, p.RequiresPreparationCommitment, new CompetitionRules(c.Criteria, c.FreezeAt, agreements, c.LotteryScope)));

    private static Gen<Organization> Permuted(Organization o)
        => from reps in Shuffled(o.Representatives)
           from expertise in Shuffled(o.Expertise)
           from areas in Shuffled(o.ThematicAreas)
           select new Organization(o.Id, o.Name, o.Kind, o.Country, reps) { Expertise = expertise, ThematicAreas = areas, Resources = o.Resources };

    private static Gen<InternalBid> Permuted(InternalBid b)
        => from required in Shuffled(b.RequiredExpertise)
           from interested in Shuffled(b.InterestedMembers)
           select new InternalBid(b.Id, b.Title, required, interested);

    private static Gen<WorkingGroup> Permuted(WorkingGroup g)
        => Shuffled(g.Members).Select(members => new WorkingGroup(g.Id, g.Name, g.Objective, g.Area, members, g.FormedOn, g.AreaLabel));

    private static Gen<WorkingGroupProposal> Permuted(WorkingGroupProposal p)
        => Shuffled(p.ProposedBy).Select(by => new WorkingGroupProposal(p.Id, p.Group, p.Kind, by, p.ProposedOn, p.EffectiveFrom, p.NewObjective));

    private static Gen<Initiative> Permuted(Initiative i)
        => from beneficiaries in Shuffled(i.Beneficiaries)
           from participants in Shuffled(i.Participants)
           from activities in Shuffled(i.Activities)
           from budget in Shuffled(i.Budget)
           from funding in Shuffled(i.Funding)
           select new Initiative
           {
               Id = i.Id,
               Title = i.Title,
               Initiator = i.Initiator,
               ProposedBy = i.ProposedBy,
               Beneficiaries = beneficiaries,
               Participants = participants,
               Activities = activities,
               Budget = budget,
               Kind = i.Kind,
               ReadyAt = i.ReadyAt,
               Funding = funding,
               Confidential = i.Confidential,
           };

    private static Gen<ImmutableArray<T>> Shuffled<T>(IEnumerable<T> items)
        => Gen.Shuffle(items).Select(shuffled => shuffled.ToImmutableArray());
}
