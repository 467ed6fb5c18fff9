using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NodaTime.Text;

namespace Clems.Rules.Scenarios;

/// <summary>Writes governance reports as JSON for machines: a stable shape and a stable order, byte for byte.</summary>
/// <remarks>
/// Shape: <c>{ "asOf", "framework": { "id", "adoptedOn", "effectiveFrom" }, "decisions": [ { "subject": { "kind", "id" },
/// "outcome", "rule", "clauses", "reasons", "reasonCodes", "facts" } ] }</c>, indented with two spaces, LF line ends and a
/// final newline. Kinds and outcomes are camelCase (<c>initiative</c>, <c>notRunnable</c>).
/// </remarks>
public static class ReportWriter
{
    /// <summary>Writes the report as JSON text.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToJson(GovernanceReport report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the report as UTF-8 JSON to a stream.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The destination; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(GovernanceReport report, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using (var json = new Utf8JsonWriter(utf8Json, JsonFormat.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("asOf", LocalDatePattern.Iso.Format(report.AsOf));
            json.WriteStartObject("framework");
            json.WriteString("id", report.Framework.Id.Value);
            json.WriteString("adoptedOn", LocalDatePattern.Iso.Format(report.Framework.AdoptedOn));
            json.WriteString("effectiveFrom", LocalDatePattern.Iso.Format(report.Framework.EffectiveFrom));
            json.WriteEndObject();
            json.WriteStartArray("decisions");
            foreach (var decision in report.Decisions)
            {
                WriteDecision(json, decision);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        utf8Json.WriteByte((byte)'\n');
    }

    private static void WriteDecision(Utf8JsonWriter json, Decision decision)
    {
        json.WriteStartObject();
        json.WriteStartObject("subject");
        json.WriteString("kind", JsonFormat.CamelCase(decision.Subject.Kind.ToString()));
        json.WriteString("id", decision.Subject.Id);
        json.WriteEndObject();
        json.WriteString("outcome", JsonFormat.CamelCase(decision.Outcome.ToString()));
        json.WriteString("rule", decision.RuleId);
        json.WriteStartArray("clauses");
        foreach (var clause in decision.Clauses)
        {
            json.WriteStringValue(clause.ToString());
        }

        json.WriteEndArray();
        json.WriteStartArray("reasons");
        foreach (var reason in decision.Reasons)
        {
            json.WriteStringValue(reason.Text);
        }

        json.WriteEndArray();
        json.WriteStartArray("reasonCodes");
        foreach (var reason in decision.Reasons)
        {
            json.WriteStringValue(reason.Code);
        }

        json.WriteEndArray();
        json.WriteStartArray("facts");
        foreach (var fact in decision.Facts)
        {
            json.WriteStringValue(fact.ToString());
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
