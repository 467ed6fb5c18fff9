using System.Collections.Immutable;
using System.Globalization;
using Clems.Rules.Membership;
using Clems.Rules.Tenders;
using NodaTime;

namespace Clems.Rules.Scenarios.Synthetic;

internal sealed partial class SyntheticGenerator
{
    // CPV divisions an eco-innovation cluster watches: sewage, refuse and environmental services; construction;
    // engineering; research; energy; electrical machinery; instruments; industrial machinery; construction materials;
    // public utilities; agricultural and forestry services; business services; training; software.
    private static readonly string[] s_cpvDivisions = ["90", "45", "71", "73", "09", "31", "38", "42", "44", "65", "77", "79", "80", "48"];

    private static readonly string[] s_tenderCountries = ["HU", "BG", "AT"];

    /// Tender profiles for a fifth of the organisations (one each) and the tender notices: CPV codes of eight digits
    /// from the divisions above, prefixes of two to five digits (mostly three or four), values in RON; four notices in five close after
    /// the as-of date, the rest closed just before it.
    private (ImmutableArray<TenderProfile> Profiles, ImmutableArray<TenderNotice> Notices) Tenders()
    {
        var n = _counts.Members;
        var profileCount = _counts.TenderProfiles;
        var profiles = ImmutableArray.CreateBuilder<TenderProfile>(profileCount);

        // Distinct organisations at a random offset and a stride coprime with n: every one at most once.
        var stride = CoprimeStride(n);
        var offset = _random.Next(n);
        for (var k = 0; k < profileCount; k++)
        {
            var o = (int)((offset + ((long)k * stride)) % n);
            var prefixes = ImmutableArray.CreateBuilder<CpvPrefix>();
            var wanted = _random.Next(1, 4);
            for (var attempt = 0; attempt < 8 && prefixes.Count < wanted; attempt++)
            {
                var digits = s_cpvDivisions[_random.Next(s_cpvDivisions.Length)] + _random.Next(1000).ToString("D3", CultureInfo.InvariantCulture);
                var length = _random.Next(100) switch { < 5 => 2, < 50 => 3, < 85 => 4, _ => 5 };
                var prefix = new CpvPrefix(digits[..length]);
                if (!prefixes.Contains(prefix))
                {
                    prefixes.Add(prefix);
                }
            }

            var countries = ImmutableArray.CreateBuilder<CountryCode>();
            countries.Add(CountryCode.Romania);
            if (_random.Chance(30))
            {
                countries.Add(new CountryCode("HU"));
            }

            if (_random.Chance(20))
            {
                countries.Add(new CountryCode("BG"));
            }

            var min = _random.Next(1, 50) * 10_000m;
            profiles.Add(new TenderProfile
            {
                Organization = _orgIds[o],
                CpvPrefixes = prefixes.DrainToImmutable(),
                Countries = countries.DrainToImmutable(),
                MinValue = Ron(min),
                MaxValue = Ron(min * _random.Next(2, 50)),
            });
        }

        var zone = DateTimeZoneProviders.Tzdb["Europe/Bucharest"];
        var count = _counts.Tenders;
        var notices = ImmutableArray.CreateBuilder<TenderNotice>(count);
        for (var t = 0; t < count; t++)
        {
            var codes = ImmutableArray.CreateBuilder<CpvCode>();
            var wanted = _random.Next(1, 4);
            for (var attempt = 0; attempt < 8 && codes.Count < wanted; attempt++)
            {
                var digits = s_cpvDivisions[_random.Next(s_cpvDivisions.Length)] + _random.Next(1000).ToString("D3", CultureInfo.InvariantCulture) + "000";
                var code = new CpvCode(_random.Chance(50) ? digits + "-" + _random.Next(10).ToString(CultureInfo.InvariantCulture) : digits);
                if (!codes.Contains(code))
                {
                    codes.Add(code);
                }
            }

            var countryDraw = _random.Next(100);
            var country = countryDraw < 75 ? CountryCode.Romania : new CountryCode(s_tenderCountries[countryDraw % s_tenderCountries.Length]);
            var published = Instant.FromUtc(2026, 1, 15, 7, 0).Plus(Duration.FromMinutes(_random.Next(0, 41 * 24 * 60)));
            var deadlineDay = _random.Chance(80) ? _asOf.PlusDays(_random.Next(1, 60)) : new LocalDate(2026, 2, 26).PlusDays(_random.Next(0, 3));
            notices.Add(new TenderNotice
            {
                Id = new TenderId(Id("tender-", t, count)),
                Title = Inv($"Tender {t + 1}: services and works in CPV division {codes[0].Value[..2]}"),
                CpvCodes = codes.DrainToImmutable(),
                Country = country,
                EstimatedValue = Ron(_random.Next(1, 2000) * 10_000m),
                PublishedAt = published,
                Deadline = deadlineDay.At(new LocalTime(12, 0)).InZoneLeniently(zone),
            });
        }

        return (profiles.MoveToImmutable(), notices.MoveToImmutable());
    }

    private static int CoprimeStride(int n)
    {
        // A prime that does not divide n is coprime with it, so the stride visits every organisation at most once.
        foreach (var candidate in new[] { 7919, 7907, 7901 })
        {
            if (n % candidate != 0)
            {
                return candidate % n == 0 ? 1 : candidate;
            }
        }

        return 1;
    }
}
