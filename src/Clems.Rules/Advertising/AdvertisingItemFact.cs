using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.Advertising;

/// An advertising item as the rules see it (S14): its member's standing, the SHA-256 of its current content, its
/// publication date in Europe/Bucharest, and its own approvals (only those naming this item).
internal sealed class AdvertisingItemFact : IFactSource
{
    public required AdvertisingItem Item { get; init; }

    public required DecisionSubject Subject { get; init; }

    public required MemberStanding Standing { get; init; }

    public required string ContentSha256 { get; init; }

    /// The date of <see cref="AdvertisingItem.PublishAt"/> in the cluster's zone, which approvals' intervals are in.
    public required LocalDate PublicationDate { get; init; }

    /// The approvals that name this item (an approval never covers another item, S14), ordered by approval id.
    public required ImmutableArray<AdvertisingApproval> Approvals { get; init; }

    public IEnumerable<FactReference> References
    {
        get
        {
            yield return new FactReference(FactKind.AdvertisingItem, Item.Id.Value);
            foreach (var approval in Approvals)
            {
                yield return new FactReference(FactKind.AdvertisingApproval, approval.Id.Value);
            }

            foreach (var reference in Standing.References)
            {
                yield return reference;
            }
        }
    }
}
