using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
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
           select new ClusterSnapshot
           {
               Organizations = organizations,
               Memberships = memberships,
               WorkingGroups = groups,
               Initiatives = initiatives,
               Frameworks = frameworks,
           }).SelectMany(permuted => ServiceArbitraries.WithPermutedServices(snapshot, permuted));

    private static Gen<Organization> Permuted(Organization o)
        => Shuffled(o.Representatives).Select(reps => new Organization(o.Id, o.Name, o.Kind, o.Country, reps));

    private static Gen<WorkingGroup> Permuted(WorkingGroup g)
        => Shuffled(g.Members).Select(members => new WorkingGroup(g.Id, g.Name, g.Objective, g.Area, members, g.FormedOn, g.AreaLabel));

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
               Funding = funding,
               Confidential = i.Confidential,
           };

    private static Gen<ImmutableArray<T>> Shuffled<T>(IEnumerable<T> items)
        => Gen.Shuffle(items).Select(shuffled => shuffled.ToImmutableArray());
}
