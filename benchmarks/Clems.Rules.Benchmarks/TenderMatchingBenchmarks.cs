using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Membership;
using Clems.Rules.Tenders;
using NodaTime;

namespace Clems.Rules.Benchmarks;

/// Tender monitoring (S11) at scale: evaluating a cluster of 2,000 members with one tender profile each against
/// 1,000, 5,000 and 10,000 tender notices. Matching goes through the projection's CPV prefix index, so the cost should
/// grow linearly with the number of notices (and the candidates they find), not with notices × profiles.
[MemoryDiagnoser]
public class TenderMatchingBenchmarks
{
    private const int Profiles = 2_000;
    private static readonly LocalDate s_asOf = new(2026, 3, 1);

    private GovernanceEngine _engine = null!;
    private ClusterSnapshot _snapshot = null!;

    /// The number of tender notices.
    [Params(1_000, 5_000, 10_000)]
    public int Notices { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = new GovernanceEngine();
        _snapshot = TenderScenarioGenerator.Generate(seed: 20260301, Notices, Profiles);
    }

    [Benchmark]
    public int Evaluate_TenderAlerts() => _engine.Evaluate(_snapshot, s_asOf).Decisions.Count(d => d.Outcome == DecisionOutcome.Alerted);
}

/// A deterministic synthetic cluster for tender matching: the same seed gives the same snapshot. CPV codes are drawn
/// from real CPV divisions; profiles declare 1–3 prefixes of 3 to 6 digits, 1–4 EU countries (usually Romania) and a
/// value range; notices have 1–3 codes, a country (half of them Romania), a value in RON or EUR, and a deadline in the
/// country's own time zone. 90% of the organisations are active members on the as-of date.
internal static class TenderScenarioGenerator
{
    private static readonly string[] s_divisions =
    [
        "03", "09", "14", "15", "16", "18", "19", "22", "24", "30", "31", "32", "33", "34", "35", "37", "38", "39", "41", "42",
        "43", "44", "45", "48", "50", "51", "55", "60", "63", "64", "65", "66", "70", "71", "72", "73", "75", "76", "77", "79",
        "80", "85", "90", "92", "98",
    ];

    private static readonly (string Country, string Zone)[] s_countries =
    [
        ("RO", "Europe/Bucharest"), ("HU", "Europe/Budapest"), ("BG", "Europe/Sofia"), ("DE", "Europe/Berlin"),
        ("AT", "Europe/Vienna"), ("IT", "Europe/Rome"), ("FR", "Europe/Paris"), ("PL", "Europe/Warsaw"),
        ("PT", "Europe/Lisbon"), ("GR", "Europe/Athens"), ("IE", "Europe/Dublin"), ("FI", "Europe/Helsinki"),
    ];

    public static ClusterSnapshot Generate(int seed, int notices, int profiles)
    {
        var random = new Random(seed);
        var organizations = new List<Organization>(profiles);
        var memberships = new List<MembershipTerm>(profiles);
        var tenderProfiles = new List<TenderProfile>(profiles);
        for (var i = 0; i < profiles; i++)
        {
            var id = new OrganizationId($"org-{i:D5}");
            organizations.Add(new Organization(id, $"Organisation {i}", OrganizationKind.Company, CountryCode.Romania));
            memberships.Add(random.Next(10) == 0
                ? new MembershipTerm(id, new LocalDate(2020, 1, 1), new LocalDate(2025, 12, 31))
                : new MembershipTerm(id, new LocalDate(2020, 1, 1)));
            var currency = random.Next(4) == 0 ? Currency.Eur : Currency.Ron;
            var min = random.Next(0, 50) * 10_000m;
            tenderProfiles.Add(new TenderProfile
            {
                Organization = id,
                CpvPrefixes = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => Prefix(random)).Distinct().Select(p => new CpvPrefix(p))],
                Countries = [.. Countries(random).Select(c => new CountryCode(c))],
                MinValue = new Money(min, currency),
                MaxValue = new Money(min + (random.Next(1, 200) * 50_000m), currency),
            });
        }

        var tenders = new List<TenderNotice>(notices);
        var published = Instant.FromUtc(2026, 1, 1, 8, 0);
        for (var i = 0; i < notices; i++)
        {
            var (country, zone) = random.Next(2) == 0 ? s_countries[0] : s_countries[random.Next(1, s_countries.Length)];
            var publishedAt = published.Plus(Duration.FromMinutes(random.Next(0, 60 * 24 * 59)));
            var deadline = publishedAt.Plus(Duration.FromDays(random.Next(10, 61))).InZone(DateTimeZoneProviders.Tzdb[zone]);
            tenders.Add(new TenderNotice
            {
                Id = new TenderId($"t-{i:D6}"),
                Title = $"Notice {i}",
                CpvCodes = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => new CpvCode(Code(random)))],
                Country = new CountryCode(country),
                EstimatedValue = new Money(random.Next(1, 2_000) * 5_000m, random.Next(3) == 0 ? Currency.Eur : Currency.Ron),
                PublishedAt = publishedAt,
                Deadline = deadline,
            });
        }

        return new ClusterSnapshot
        {
            Organizations = [.. organizations],
            Memberships = [.. memberships],
            Frameworks = [new FrameworkVersion(new FrameworkVersionId("v1"), new LocalDate(2019, 12, 1), new LocalDate(2020, 1, 1))],
            TenderProfiles = [.. tenderProfiles],
            Tenders = [.. tenders],
        };
    }

    private static string Code(Random random)
        => s_divisions[random.Next(s_divisions.Length)] + random.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture)
            + (random.Next(2) == 0 ? "-" + random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);

    private static string Prefix(Random random)
        => (s_divisions[random.Next(s_divisions.Length)] + random.Next(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture))[..random.Next(3, 7)];

    private static SortedSet<string> Countries(Random random)
    {
        var count = random.Next(1, 5);
        var chosen = new SortedSet<string>(StringComparer.Ordinal);
        if (random.Next(5) != 0)
        {
            chosen.Add("RO");
        }

        while (chosen.Count < count)
        {
            chosen.Add(s_countries[random.Next(s_countries.Length)].Country);
        }

        return chosen;
    }
}
