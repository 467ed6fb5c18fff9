using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;
using Clems.Rules.Tenders;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Clems.Rules.Scenarios.Format;

/// The JSON of the members' tender profiles and of the public tender notices monitored for them (S11).
internal static class TendersFormat
{
    internal static readonly ScenarioArray TenderProfiles = ScenarioArray.Of(
        "tenderProfiles", ReadTenderProfile, (s, items) => s with { TenderProfiles = [.. items] }, s => s.TenderProfiles, WriteTenderProfile);

    internal static readonly ScenarioArray Tenders = ScenarioArray.Of(
        "tenders", ReadTender, (s, items) => s with { Tenders = [.. items] }, s => s.Tenders, WriteTender);

    // A local time that falls in a DST gap does not exist in the zone: an input error. One that occurs twice (the hour
    // repeated when clocks go back) is read as the earlier of the two instants.
    private static readonly ZoneLocalMappingResolver s_deadlineResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ThrowWhenSkipped);

    private static TenderProfile? ReadTenderProfile(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "organization", "cpvPrefixes", "countries", "minValue", "maxValue") is not { } p)
        {
            return null;
        }

        var before = log.Problems.Count;
        var organization = p.Id("organization");
        var prefixes = Codes(log, p, "cpvPrefixes", CpvPrefix.IsValid, "a CPV prefix: 2 to 8 digits, such as 45 or 9040");
        var countries = p.Ids("countries")
            .Select((c, k) => Country(log, c, $"{p.At("countries")}[{k.ToString(CultureInfo.InvariantCulture)}]"))
            .ToList();
        var min = p.Money("minValue");
        var max = p.Money("maxValue");
        return log.Problems.Count > before || organization is null || min is null || max is null
            ? null
            : new TenderProfile
            {
                Organization = new OrganizationId(organization),
                CpvPrefixes = [.. prefixes.Select(x => new CpvPrefix(x))],
                Countries = [.. countries.Select(c => c!.Value)],
                MinValue = min.Value,
                MaxValue = max.Value,
            };
    }

    private static void WriteTenderProfile(Utf8JsonWriter json, TenderProfile profile)
    {
        json.WriteStartObject();
        json.WriteString("organization", profile.Organization.Value);
        json.WriteIds("cpvPrefixes", profile.CpvPrefixes.Select(p => p.Value));
        json.WriteIds("countries", profile.Countries.Select(c => c.Value));
        json.WriteMoney("minValue", profile.MinValue);
        json.WriteMoney("maxValue", profile.MaxValue);
        json.WriteEndObject();
    }

    private static TenderNotice? ReadTender(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "title", "cpvCodes", "country", "estimatedValue", "publishedAt", "deadline") is not { } t)
        {
            return null;
        }

        var before = log.Problems.Count;
        var id = t.Id("id");
        var title = t.String("title");
        var codes = Codes(log, t, "cpvCodes", CpvCode.IsValid, "a CPV code: eight digits, optionally with a hyphen and the check digit, such as 45252100 or 45252100-9");
        var country = Country(log, t.String("country"), t.At("country"));
        var value = t.Money("estimatedValue");
        var publishedAt = t.Instant("publishedAt");
        var deadline = t.Element("deadline", required: true) is { } d ? ReadDeadline(log, d, t.At("deadline")) : null;
        return log.Problems.Count > before || id is null || title is null || country is null || value is null || publishedAt is null || deadline is null
            ? null
            : new TenderNotice
            {
                Id = new TenderId(id),
                Title = title,
                CpvCodes = [.. codes.Select(c => new CpvCode(c))],
                Country = country.Value,
                EstimatedValue = value.Value,
                PublishedAt = publishedAt.Value,
                Deadline = deadline.Value,
            };
    }

    private static void WriteTender(Utf8JsonWriter json, TenderNotice tender)
    {
        json.WriteStartObject();
        json.WriteString("id", tender.Id.Value);
        json.WriteString("title", tender.Title);
        json.WriteIds("cpvCodes", tender.CpvCodes.Select(c => c.Value));
        json.WriteString("country", tender.Country.Value);
        json.WriteMoney("estimatedValue", tender.EstimatedValue);
        json.WriteInstant("publishedAt", tender.PublishedAt);
        json.WriteStartObject("deadline");
        json.WriteString("local", LocalDateTimePattern.ExtendedIso.Format(tender.Deadline.LocalDateTime));
        json.WriteString("zone", tender.Deadline.Zone.Id);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static List<string> Codes(ProblemLog log, JsonFields fields, string name, System.Func<string, bool> valid, string expected)
    {
        var texts = fields.Array(name, (e, at) =>
        {
            if (e.ValueKind != JsonValueKind.String || !valid(e.GetString()!))
            {
                var shown = e.ValueKind == JsonValueKind.String ? $"'{e.GetString()}'" : JsonFields.Describe(e);
                log.Add(at, FormatProblems.MalformedValue, $"Expected {expected}, but found {shown}.");
                return null;
            }

            return e.GetString();
        }, required: true);
        return texts;
    }

    // ISO 3166-1 here; Romania or another EU member state is the snapshot validator's check (with the same path).
    private static CountryCode? Country(ProblemLog log, string? code, string at)
    {
        if (code is null)
        {
            return null;
        }

        return log.Add(CountryCode.CheckCode(code, at)) ? null : new CountryCode(code);
    }

    private static ZonedDateTime? ReadDeadline(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "local", "zone") is not { } d)
        {
            return null;
        }

        var localText = d.String("local", maxLength: 100);
        var zoneId = d.String("zone", maxLength: 100);
        LocalDateTime? local = null;
        if (localText is not null)
        {
            var parsed = LocalDateTimePattern.ExtendedIso.Parse(localText);
            if (parsed.Success)
            {
                local = parsed.Value;
            }
            else
            {
                log.Add(d.At("local"), FormatProblems.MalformedValue, $"Expected a local date and time without offset such as 2026-03-20T12:00:00 but found '{localText}'.");
            }
        }

        var zone = zoneId is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
        if (zoneId is not null && zone is null)
        {
            log.Add(d.At("zone"), FormatProblems.UnknownTimeZone, $"'{zoneId}' is not a time zone of the IANA time zone database (tzdb {DateTimeZoneProviders.Tzdb.VersionId}); use an id such as Europe/Bucharest or Europe/Paris.");
        }

        if (local is null || zone is null)
        {
            return null;
        }

        try
        {
            return zone.ResolveLocal(local.Value, s_deadlineResolver);
        }
        catch (SkippedTimeException)
        {
            log.Add(d.At("local"), FormatProblems.SkippedLocalTime, $"{localText} does not exist in {zoneId}: the clocks skip that hour when summer time starts. Give the deadline as the authority states it, e.g. one hour later.");
            return null;
        }
    }
}
