using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Membership;

namespace Clems.Rules.InternalBids;

/// Internal bids that need members' expertise (G14): the interested members resolved and the expertise none of the
/// active ones declares.
internal sealed class InternalBidsArea : GovernanceArea
{
    /// <c>$.internalBids</c>.
    internal static readonly IdentifiedArray Bids = IdentifiedArray.Of("internal bid", "$.internalBids", s => s.InternalBids, b => b.Id.Value);

    internal override string Name => "InternalBids";

    internal override ImmutableArray<IdentifiedArray> Identities => [Bids];

    internal override ImmutableArray<AreaProduct> Consumes => [MembershipArea.Standings];

    internal override void Validate(ValidationScope scope)
    {
        for (var i = 0; i < scope.Snapshot.InternalBids.Length; i++)
        {
            var bid = scope.Snapshot.InternalBids[i];
            var at = new ItemPath("$.internalBids", i);
            if (bid.RequiredExpertise.IsEmpty)
            {
                scope.Add(at.Then(".requiredExpertise"), InternalBidsProblems.NoExpertise, $"Internal bid '{bid.Id}' requires no expertise; list the expertise tags it needs (G14).");
            }

            scope.CheckReferences(MembershipArea.Organizations, bid.InterestedMembers, o => o.Value, k => at.Then(".interestedMembers", k));
        }
    }

    internal override void Project(ProjectionScope scope)
    {
        var standings = scope.Get(MembershipArea.Standings);
        foreach (var bid in scope.Snapshot.InternalBids.OrderBy(b => b.Id))
        {
            var interested = bid.InterestedMembers.Order().Select(o => standings[o]).ToImmutableArray();
            var declared = interested.Where(i => i.IsActive).SelectMany(i => i.Organization.Expertise).ToHashSet(System.StringComparer.Ordinal);
            scope.Facts.Add(new InternalBidFact
            {
                Bid = bid,
                Subject = DecisionSubject.InternalBid(bid.Id),
                Interested = interested,
                Missing = [.. bid.RequiredExpertise.Where(t => !declared.Contains(t)).Distinct().Order(System.StringComparer.Ordinal)],
            });
        }
    }
}
