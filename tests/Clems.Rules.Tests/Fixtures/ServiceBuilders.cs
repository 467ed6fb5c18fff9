using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Advertising;
using Clems.Rules.Engine;
using Clems.Rules.Membership;
using Clems.Rules.Services;
using Clems.Rules.Tenders;
using NodaTime;
using static Clems.Rules.Tests.Fixtures.Amounts;

namespace Clems.Rules.Tests.Fixtures;

/// Test data for services (S1–S15), advertising (S14) and tender monitoring (S11).
internal static class ServiceBuilders
{
    public static ServiceRequest Request(string id, ClusterService service, string by, LocalDate? on = null, string[]? participants = null, string? opportunity = null) => new()
    {
        Id = new ServiceRequestId(id),
        Service = service,
        RequestedBy = new OrganizationId(by),
        RequestedOn = on ?? A.Date(2026, 2, 10),
        Participants = [.. (participants ?? []).Select(p => new OrganizationId(p))],
        Opportunity = opportunity,
    };

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

    public static TenderProfile Profile(string organization, string[]? prefixes = null, string[]? countries = null, Money? min = null, Money? max = null) => new()
    {
        Organization = new OrganizationId(organization),
        CpvPrefixes = [.. (prefixes ?? ["4525"]).Select(p => new CpvPrefix(p))],
        Countries = [.. (countries ?? ["RO"]).Select(c => new CountryCode(c))],
        MinValue = min ?? Ron(100_000m),
        MaxValue = max ?? Ron(5_000_000m),
    };

    public static readonly DateTimeZone Bucharest = DateTimeZoneProviders.Tzdb["Europe/Bucharest"];

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

    public static ClusterSnapshot WithServiceRequests(this ClusterSnapshot snapshot, params ServiceRequest[] requests)
        => snapshot.With(nameof(ClusterSnapshot.ServiceRequests), requests.ToImmutableArray());

    public static ClusterSnapshot WithAdvertising(this ClusterSnapshot snapshot, AdvertisingItem[] items, params AdvertisingApproval[] approvals)
        => snapshot.With(nameof(ClusterSnapshot.AdvertisingItems), items.ToImmutableArray())
            .With(nameof(ClusterSnapshot.AdvertisingApprovals), approvals.ToImmutableArray());

    public static ClusterSnapshot WithTenders(this ClusterSnapshot snapshot, TenderNotice[] tenders, params TenderProfile[] profiles)
        => snapshot.With(nameof(ClusterSnapshot.Tenders), tenders.ToImmutableArray())
            .With(nameof(ClusterSnapshot.TenderProfiles), profiles.ToImmutableArray());
}
