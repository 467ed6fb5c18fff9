using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Clems.Rules.Advertising;
using Clems.Rules.Decisions;
using NodaTime;

namespace Clems.Rules.Reference.Clauses;

/// S14 (and G10): an active member's item is published only under an approval of that very item that covers its
/// current content (SHA-256), its channel and its publication date (Europe/Bucharest), given on or before that date.
internal static class Advertising
{
    public static void Decide(Cluster cluster)
    {
        foreach (var item in cluster.Snapshot.AdvertisingItems)
        {
            Decide(cluster, item);
        }
    }

    private static void Decide(Cluster cluster, AdvertisingItem item)
    {
        var date = item.PublishAt.InZone(DateTimeZoneProviders.Tzdb["Europe/Bucharest"]).Date;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.Content)));
        var approvals = cluster.ApprovalsOf[item.Id]
            .OrderBy(a => a.Id.Value, StringComparer.Ordinal)
            .ToList();
        bool Covers(AdvertisingApproval a) => Gaps(a, item, hash, date).Count == 0;
        var active = cluster.IsActive(item.Member);
        var covered = approvals.Any(Covers);
        if (active && covered)
        {
            cluster.Decide(SubjectKind.AdvertisingItem, item.Id.Value, DecisionOutcome.Approved, "Advertising.PublicationApproved", "G10 S14", ["G10.active-member", "S14.approved"]);
            return;
        }

        var reasons = new List<string>();
        if (!active)
        {
            reasons.Add("G10." + cluster.StandingOn(item.Member, cluster.AsOf).Code());
        }

        if (!covered)
        {
            reasons.AddRange(approvals.Count == 0 ? ["S14.no-approval"] : approvals.SelectMany(a => Gaps(a, item, hash, date)));
        }

        cluster.Decide(SubjectKind.AdvertisingItem, item.Id.Value, DecisionOutcome.Rejected, "Advertising.PublicationRejected", "G10 S14", reasons);
    }

    private static List<string> Gaps(AdvertisingApproval approval, AdvertisingItem item, string hash, LocalDate date)
    {
        var gaps = new List<string>();
        if (!string.Equals(approval.ContentSha256, hash, StringComparison.Ordinal))
        {
            gaps.Add("S14.content-changed");
        }

        if (!string.Equals(approval.Channel, item.Channel, StringComparison.Ordinal))
        {
            gaps.Add("S14.wrong-channel");
        }

        if (date < approval.ValidFrom || date > approval.ValidTo)
        {
            gaps.Add("S14.outside-validity");
        }

        if (approval.ApprovedOn > date)
        {
            gaps.Add("S14.approved-after-publication");
        }

        return gaps;
    }
}
