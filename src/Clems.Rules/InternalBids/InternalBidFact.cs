using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;

namespace Clems.Rules.InternalBids;

/// An internal bid (G14) with its interested organisations' standings resolved and the required expertise that no
/// interested active member declares computed once.
internal sealed class InternalBidFact : IFactSource
{
    public required InternalBid Bid { get; init; }

    public required DecisionSubject Subject { get; init; }

    /// The interested organisations by id.
    public required ImmutableArray<MemberStanding> Interested { get; init; }

    /// The required tags no interested active member declares, ordinally sorted.
    public required ImmutableArray<string> Missing { get; init; }

    public IEnumerable<FactReference> References
    {
        get
        {
            yield return new FactReference(FactKind.InternalBid, Bid.Id.Value);
            foreach (var reference in Interested.SelectMany(i => i.References))
            {
                yield return reference;
            }
        }
    }
}
