using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Membership;
using Clems.Rules.Tenders;
using NodaTime;
using static Clems.Rules.Tests.Fixtures.Amounts;

namespace Clems.Rules.Tests.Fixtures;

/// Public tender notices and the members' tender profiles (S11).
internal sealed partial class SnapshotBuilder
{
    private readonly List<TenderNotice> _tenders = [];
    private readonly List<TenderProfile> _tenderProfiles = [];

    public static readonly DateTimeZone Bucharest = DateTimeZoneProviders.Tzdb["Europe/Bucharest"];

    /// A profile watching CPV prefix 4525 in RO, from 100,000.00 to 5,000,000.00 RON, unless told otherwise.
    public static TenderProfile Profile(string organization, string[]? prefixes = null, string[]? countries = null, Money? min = null, Money? max = null) => new()
    {
        Organization = new OrganizationId(organization),
        CpvPrefixes = [.. (prefixes ?? ["4525"]).Select(p => new CpvPrefix(p))],
        Countries = [.. (countries ?? ["RO"]).Select(c => new CountryCode(c))],
        MinValue = min ?? Ron(100_000m),
        MaxValue = max ?? Ron(5_000_000m),
    };

    /// A Romanian notice for CPV 45252100 worth 1,000,000.00 RON, published 2026-02-01, due 2026-03-20 12:00 in Bucharest.
    public static TenderNotice Tender(string id, string[]? codes = null, string country = "RO", Money? value = null, Instant? published = null, ZonedDateTime? deadline = null) => new()
    {
        Id = new TenderId(id),
        Title = "Wastewater plant " + id,
        CpvCodes = [.. (codes ?? ["45252100"]).Select(c => new CpvCode(c))],
        Country = new CountryCode(country),
        EstimatedValue = value ?? Ron(1_000_000m),
        PublishedAt = published ?? Instant.FromUtc(2026, 2, 1, 9, 0),
        Deadline = deadline ?? new LocalDateTime(2026, 3, 20, 12, 0).InZoneStrictly(Bucharest),
    };

    public SnapshotBuilder With(params TenderNotice[] tenders)
    {
        _tenders.AddRange(tenders);
        return this;
    }

    public SnapshotBuilder With(params TenderProfile[] profiles)
    {
        _tenderProfiles.AddRange(profiles);
        return this;
    }
}
