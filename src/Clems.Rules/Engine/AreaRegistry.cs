using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Advertising;
using Clems.Rules.Allocation;
using Clems.Rules.ClusterRoutes;
using Clems.Rules.Confidentiality;
using Clems.Rules.Executive;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.InternalBids;
using Clems.Rules.Membership;
using Clems.Rules.SalesAgency;
using Clems.Rules.Services;
using Clems.Rules.Tenders;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Engine;

/// The governance areas, in the order the pipeline runs them: validation, fact building and the follow-up of the first
/// firing all go through this list, and it is the only list of areas in the library. An area comes after every area
/// whose products it consumes; <see cref="Ordered"/> refuses an order that breaks this.
internal static class AreaRegistry
{
    internal static readonly ImmutableArray<GovernanceArea> Areas = Ordered(
        new MembershipArea(),
        new FrameworkArea(),
        new InitiativesArea(),
        new ExecutiveArea(),
        new SalesAgencyArea(),
        new InternalBidsArea(),
        new ClusterRoutesArea(),
        new WorkingGroupsArea(),
        new ConfidentialityArea(),
        new ServicesArea(),
        new AdvertisingArea(),
        new TendersArea(),
        new AllocationArea());

    /// The areas as given, after checking that names are unique, each product has one producer, and each consumer
    /// comes after the producer.
    internal static ImmutableArray<GovernanceArea> Ordered(params GovernanceArea[] areas)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var producedBy = new Dictionary<AreaProduct, GovernanceArea>();
        foreach (var area in areas)
        {
            if (!names.Add(area.Name))
            {
                throw new InvalidOperationException($"Two areas are named {area.Name}.");
            }

            foreach (var product in area.Consumes)
            {
                if (!producedBy.ContainsKey(product))
                {
                    throw new InvalidOperationException($"Area {area} consumes {product}, which no area before it produces.");
                }
            }

            foreach (var product in area.Produces)
            {
                if (!producedBy.TryAdd(product, area))
                {
                    throw new InvalidOperationException($"{product} is produced by both {producedBy[product]} and {area}.");
                }
            }
        }

        return [.. areas];
    }
}
