using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Membership;

namespace Clems.Rules.Advertising;

/// Advertising items and their pre-approvals (S14): one fact per item with its own approvals resolved here (grouped by
/// item id once), so no rule joins items with approvals.
internal sealed class AdvertisingArea : GovernanceArea
{
    /// <c>$.advertisingItems</c>.
    internal static readonly IdentifiedArray Items = IdentifiedArray.Of("advertising item", "$.advertisingItems", s => s.AdvertisingItems, x => x.Id.Value);

    /// <c>$.advertisingApprovals</c>.
    internal static readonly IdentifiedArray Approvals = IdentifiedArray.Of("advertising approval", "$.advertisingApprovals", s => s.AdvertisingApprovals, a => a.Id.Value);

    internal override string Name => "Advertising";

    internal override ImmutableArray<IdentifiedArray> Identities => [Items, Approvals];

    internal override ImmutableArray<AreaProduct> Consumes => [MembershipArea.Standings];

    internal override void Validate(ValidationScope scope)
    {
        var snapshot = scope.Snapshot;
        for (var i = 0; i < snapshot.AdvertisingItems.Length; i++)
        {
            scope.CheckReference(MembershipArea.Organizations, snapshot.AdvertisingItems[i].Member.Value, new ItemPath("$.advertisingItems", i).Then(".member"));
        }

        for (var i = 0; i < snapshot.AdvertisingApprovals.Length; i++)
        {
            var approval = snapshot.AdvertisingApprovals[i];
            var at = new ItemPath("$.advertisingApprovals", i);
            scope.CheckReference(Items, approval.Item.Value, at.Then(".item"));
            scope.Add(AdvertisingApproval.CheckValidity(approval.ValidFrom, approval.ValidTo, at.Then(".validTo").ToString()));
        }
    }

    internal override void Project(ProjectionScope scope)
    {
        var standings = scope.Get(MembershipArea.Standings);
        var approvals = scope.Snapshot.AdvertisingApprovals.ToLookup(a => a.Item);
        foreach (var item in scope.Snapshot.AdvertisingItems.OrderBy(i => i.Id))
        {
            var sha = item.ContentSha256;
            var date = item.PublishAt.InZone(ClusterTime.Zone).Date;
            scope.Facts.Add(new AdvertisingItemFact
            {
                Item = item,
                Subject = DecisionSubject.AdvertisingItem(item.Id),
                Standing = standings[item.Member],
                ContentSha256 = sha,
                PublicationDate = date,
                Approvals = [.. approvals[item.Id].OrderBy(a => a.Id)],
            });
        }
    }
}
