using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Advertising;

/// One approval of an advertising item tested against the item as it is now (S14): same content hash, same channel,
/// publication date within the validity interval, approved on or before that date. Built in the projection for the
/// item's own approvals only, so the rules test it with alpha conditions instead of joining items and approvals.
internal sealed class ApprovalCheck
{
    public ApprovalCheck(AdvertisingApproval approval, AdvertisingItem item, string itemSha256, LocalDate publicationDate)
    {
        Approval = approval;
        HashMatches = string.Equals(approval.ContentSha256, itemSha256, System.StringComparison.Ordinal);
        ChannelMatches = string.Equals(approval.Channel, item.Channel, System.StringComparison.Ordinal);
        InInterval = publicationDate >= approval.ValidFrom && publicationDate <= approval.ValidTo;
        ApprovedBeforePublication = approval.ApprovedOn <= publicationDate;
    }

    public AdvertisingApproval Approval { get; }

    public bool HashMatches { get; }

    public bool ChannelMatches { get; }

    public bool InInterval { get; }

    public bool ApprovedBeforePublication { get; }

    public bool Covers => HashMatches && ChannelMatches && InInterval && ApprovedBeforePublication;

    public string Interval => $"{Text.Date(Approval.ValidFrom)} to {Text.Date(Approval.ValidTo)}";
}
