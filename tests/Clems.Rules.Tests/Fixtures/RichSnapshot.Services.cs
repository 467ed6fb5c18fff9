using System.Linq;
using Clems.Rules.Services;
using NodaTime;
using static Clems.Rules.Tests.Fixtures.Amounts;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Fixtures;

/// The rich snapshot's service requests (one per service S1–S15, plus refusals), advertising items (approved, edited,
/// unapproved) and tenders (alerts, a former member, a passed deadline), so that every service rule fires.
internal static partial class RichSnapshot
{
    private static SnapshotBuilder WithServiceAndTenderCases(this SnapshotBuilder snapshot)
    {
        var requests = System.Enum.GetValues<ClusterService>()
            .Select(s => Request(
                "sr-" + ((int)s).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                s,
                "org-a",
                participants: s == ClusterService.S1ProjectManagementOffice ? ["org-c", "org-b"] : null,
                opportunity: s == ClusterService.S4PublicFundApplications ? "opp-life" : null))
            .Append(Request("sr-ended", ClusterService.S6EnvironmentalLegislation, "org-d", on: A.Date(2025, 12, 31)))
            .Append(Request("sr-alone", ClusterService.S1ProjectManagementOffice, "org-h", participants: ["org-h"]))
            .ToArray();
        var approved = Item("ad-ok", "org-a");
        var edited = Item("ad-edited", "org-b", content: "Membrane filters, 30% off until May.");
        var outsider = Item("ad-outsider", "org-g", channel: "website");
        return snapshot
            .With(requests)
            .With(approved, edited, outsider)
            .With(ApprovalOf("ap-ok", approved), ApprovalOf("ap-edited", edited, content: "Membrane filters."))
            .With(
                Tender("t-water", codes: ["90400000-1", "45252100-9"]),
                Tender("t-late", deadline: new LocalDateTime(2026, 2, 27, 12, 0).InZoneStrictly(Bucharest)),
                Tender("t-hu", codes: ["90400000"], country: "HU", value: Eur(400_000m)))
            .With(
                Profile("org-a", prefixes: ["4525", "9040"], countries: ["RO", "HU"]),
                Profile("org-b", prefixes: ["90"], countries: ["HU"], min: Eur(100_000m), max: Eur(400_000m)),
                Profile("org-d", prefixes: ["45"]));
    }
}
