using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Services;
using Clems.Rules.Tenders;
using FsCheck;
using FsCheck.Fluent;

namespace Clems.Rules.Tests.Fixtures;

/// Permutes the services, advertising and tender collections of a snapshot (and the lists inside their entries).
internal static class ServiceArbitraries
{
    public static Gen<ClusterSnapshot> WithPermutedServices(ClusterSnapshot original, ClusterSnapshot permuted)
        => from requests in Gen.CollectToArray(original.ServiceRequests, Permuted).SelectMany(Shuffled)
           from items in Shuffled(original.AdvertisingItems)
           from approvals in Shuffled(original.AdvertisingApprovals)
           from tenders in Gen.CollectToArray(original.Tenders, Permuted).SelectMany(Shuffled)
           from profiles in Gen.CollectToArray(original.TenderProfiles, Permuted).SelectMany(Shuffled)
           select permuted
               .With(nameof(ClusterSnapshot.ServiceRequests), requests)
               .With(nameof(ClusterSnapshot.AdvertisingItems), items)
               .With(nameof(ClusterSnapshot.AdvertisingApprovals), approvals)
               .With(nameof(ClusterSnapshot.Tenders), tenders)
               .With(nameof(ClusterSnapshot.TenderProfiles), profiles);

    private static Gen<ServiceRequest> Permuted(ServiceRequest r)
        => Shuffled(r.Participants).Select(participants => new ServiceRequest
        {
            Id = r.Id,
            Service = r.Service,
            RequestedBy = r.RequestedBy,
            RequestedOn = r.RequestedOn,
            Participants = participants,
            Opportunity = r.Opportunity,
        });

    private static Gen<TenderNotice> Permuted(TenderNotice t)
        => Shuffled(t.CpvCodes).Select(codes => new TenderNotice
        {
            Id = t.Id,
            Title = t.Title,
            CpvCodes = codes,
            Country = t.Country,
            EstimatedValue = t.EstimatedValue,
            PublishedAt = t.PublishedAt,
            Deadline = t.Deadline,
        });

    private static Gen<TenderProfile> Permuted(TenderProfile p)
        => from prefixes in Shuffled(p.CpvPrefixes)
           from countries in Shuffled(p.Countries)
           select new TenderProfile
           {
               Organization = p.Organization,
               CpvPrefixes = prefixes,
               Countries = countries,
               MinValue = p.MinValue,
               MaxValue = p.MaxValue,
           };

    private static Gen<ImmutableArray<T>> Shuffled<T>(IEnumerable<T> items)
        => Gen.Shuffle(items).Select(shuffled => shuffled.ToImmutableArray());
}
