using System;

namespace Clems.Rules.Advertising;

/// The tests of S14 — each item needs its own pre-approval before publication, and an approval of one item never
/// covers another — applied to an item and one of its own approvals (the projection gives an item only the approvals
/// that name it).
internal static class AdvertisingClauses
{
    /// S14: some approval of this very item covers it as it is now.
    internal static bool HasCoveringApproval(AdvertisingItemFact item) => CoveringApproval(item) is not null;

    /// S14: the first of the item's approvals (by id) that covers it, or null.
    internal static AdvertisingApproval? CoveringApproval(AdvertisingItemFact item)
    {
        foreach (var approval in item.Approvals)
        {
            if (Covers(item, approval))
            {
                return approval;
            }
        }

        return null;
    }

    /// S14: the approval pre-approves the item as it is to be published: the same content, the same channel, a
    /// publication date within its validity, and given no later than that date.
    internal static bool Covers(AdvertisingItemFact item, AdvertisingApproval approval)
        => ContentUnchanged(item, approval)
            && SameChannel(item, approval)
            && PublishedWithinValidity(item, approval)
            && ApprovedBeforePublication(item, approval);

    /// S14: the item's content still has the SHA-256 the approval records; editing the item voids the approval.
    internal static bool ContentUnchanged(AdvertisingItemFact item, AdvertisingApproval approval)
        => string.Equals(approval.ContentSha256, item.ContentSha256, StringComparison.Ordinal);

    /// S14: the approval is for the channel the item is to be published on.
    internal static bool SameChannel(AdvertisingItemFact item, AdvertisingApproval approval)
        => string.Equals(approval.Channel, item.Item.Channel, StringComparison.Ordinal);

    /// S14: the publication date (in Europe/Bucharest) is within the approval's validity, both ends included.
    internal static bool PublishedWithinValidity(AdvertisingItemFact item, AdvertisingApproval approval)
        => item.PublicationDate >= approval.ValidFrom && item.PublicationDate <= approval.ValidTo;

    /// S14: a pre-approval — given on or before the publication date.
    internal static bool ApprovedBeforePublication(AdvertisingItemFact item, AdvertisingApproval approval)
        => approval.ApprovedOn <= item.PublicationDate;
}
