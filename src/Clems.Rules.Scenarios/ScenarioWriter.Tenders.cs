using System.Linq;
using System.Text.Json;
using Clems.Rules.Engine;
using NodaTime.Text;

namespace Clems.Rules.Scenarios;

public static partial class ScenarioWriter
{
    private static void WriteTenders(Utf8JsonWriter json, ClusterSnapshot snapshot)
    {
        json.WriteStartArray("tenderProfiles");
        foreach (var profile in snapshot.TenderProfiles)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("organization", profile.Organization.Value);
            WriteIds(json, "cpvPrefixes", profile.CpvPrefixes.Select(p => p.Value));
            WriteIds(json, "countries", profile.Countries.Select(c => c.Value));
            WriteMoney(json, "minValue", profile.MinValue);
            WriteMoney(json, "maxValue", profile.MaxValue);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("tenders");
        foreach (var tender in snapshot.Tenders)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("id", tender.Id.Value);
            json.WriteString("title", tender.Title);
            WriteIds(json, "cpvCodes", tender.CpvCodes.Select(c => c.Value));
            json.WriteString("country", tender.Country.Value);
            WriteMoney(json, "estimatedValue", tender.EstimatedValue);
            json.WriteString("publishedAt", InstantPattern.ExtendedIso.Format(tender.PublishedAt));
            json.WriteStartObject("deadline");
            json.WriteString("local", LocalDateTimePattern.ExtendedIso.Format(tender.Deadline.LocalDateTime));
            json.WriteString("zone", tender.Deadline.Zone.Id);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
