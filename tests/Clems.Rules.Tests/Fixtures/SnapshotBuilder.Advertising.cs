using System.Collections.Generic;
using Clems.Rules.Advertising;
using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.Tests.Fixtures;

/// The advertising items members want published and the cluster's approvals of them (S14).
internal sealed partial class SnapshotBuilder
{
    private readonly List<AdvertisingItem> _advertisingItems = [];
    private readonly List<AdvertisingApproval> _advertisingApprovals = [];

    /// An item for the newsletter, published 2026-03-10 08:00 UTC, unless told otherwise.
    public static AdvertisingItem Item(string id, string member, string content = "Eco-bricks from recycled glass, made in Bistrita.", string channel = "newsletter", Instant? at = null) => new()
    {
        Id = new AdvertisingItemId(id),
        Member = new OrganizationId(member),
        Content = content,
        Channel = channel,
        PublishAt = at ?? Instant.FromUtc(2026, 3, 10, 8, 0),
    };

    /// An approval of <paramref name="item"/>'s current content on its channel, valid for March 2026, given on 2026-02-20.
    public static AdvertisingApproval ApprovalOf(string id, AdvertisingItem item, string? content = null, string? channel = null, LocalDate? from = null, LocalDate? to = null, LocalDate? on = null) => new()
    {
        Id = new AdvertisingApprovalId(id),
        Item = item.Id,
        ContentSha256 = content is null ? item.ContentSha256 : new AdvertisingItem { Id = item.Id, Member = item.Member, Content = content, Channel = item.Channel, PublishAt = item.PublishAt }.ContentSha256,
        Channel = channel ?? item.Channel,
        ValidFrom = from ?? A.Date(2026, 3, 1),
        ValidTo = to ?? A.Date(2026, 3, 31),
        ApprovedOn = on ?? A.Date(2026, 2, 20),
    };

    public SnapshotBuilder With(params AdvertisingItem[] items)
    {
        _advertisingItems.AddRange(items);
        return this;
    }

    public SnapshotBuilder With(params AdvertisingApproval[] approvals)
    {
        _advertisingApprovals.AddRange(approvals);
        return this;
    }
}
