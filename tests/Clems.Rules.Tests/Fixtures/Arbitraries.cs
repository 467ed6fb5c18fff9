using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Engine;
using FsCheck;
using FsCheck.Fluent;

namespace Clems.Rules.Tests.Fixtures;

/// Every FsCheck generator of the test project (FsCheck.Fluent only), one file per concern: this one permutes whole
/// snapshots, <c>Arbitraries.&lt;Area&gt;.cs</c> permute an area's entries (and hold the allocation's random cases),
/// and the metamorphic, hostile and differential files hold those suites' cases. Every property names this class.
public static partial class Arbitraries
{
    /// The rich snapshot, permuted at every level, with one of its interesting as-of dates.
    public static Arbitrary<PermutedSnapshot> PermutedSnapshots()
        => Arb.From(
            from snapshot in Permuted(RichSnapshot.Build())
            from asOf in Gen.Elements(RichSnapshot.AsOfDates.AsEnumerable())
            select new PermutedSnapshot(snapshot, asOf));

    /// The snapshot with every array, and every array inside its entries that is a set, in an order FsCheck chose.
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
           select snapshot with
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
               WorkingGroupProposals = proposals,
               ConfidentialityAgreements = agreements,
           }).SelectMany(permuted => WithPermutedServices(snapshot, permuted));

    private static Gen<ImmutableArray<T>> Shuffled<T>(IEnumerable<T> items)
        => Gen.Shuffle(items).Select(shuffled => shuffled.ToImmutableArray());
}
