using Clems.Rules.Engine;
using Clems.Rules.Services;
using FsCheck;
using FsCheck.Fluent;

namespace Clems.Rules.Tests.Fixtures;

/// The services, advertising and tender collections of a snapshot shuffled, and a service request's participants.
public static partial class Arbitraries
{
    private static Gen<ClusterSnapshot> WithPermutedServices(ClusterSnapshot original, ClusterSnapshot permuted)
        => from requests in Gen.CollectToArray(original.ServiceRequests, Permuted).SelectMany(Shuffled)
           from items in Shuffled(original.AdvertisingItems)
           from approvals in Shuffled(original.AdvertisingApprovals)
           from tenders in Gen.CollectToArray(original.Tenders, Permuted).SelectMany(Shuffled)
           from profiles in Gen.CollectToArray(original.TenderProfiles, Permuted).SelectMany(Shuffled)
           select permuted with
           {
               ServiceRequests = requests,
               AdvertisingItems = items,
               AdvertisingApprovals = approvals,
               Tenders = tenders,
               TenderProfiles = profiles,
           };

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
}
