using System;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Text.Json;
using Clems.Rules.Allocation;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NodaTime.Text;

namespace Clems.Rules.Scenarios;

/// <summary>Writes governance reports as JSON for machines: a stable shape and a stable order, byte for byte.</summary>
/// <remarks>
/// Shape: <c>{ "asOf", "framework": { "id", "adoptedOn", "effectiveFrom" }, "decisions": [ { "subject": { "kind", "id" },
/// "outcome", "rule", "clauses", "reasons", "reasonCodes", "facts" } ], "allocation": { "projects": [ { "project", "places",
/// "allocated", "criteria", "cutoffRank", "entries": [ { "member", "rank", "outcome", "key" } ] } ], "members": [ { "member",
/// "cap", "ranking", "places" } ] } }</c>, indented with two spaces, LF line ends and a
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
            WriteAllocation(json, report.Allocation);
            json.WriteEndObject();
        }

        utf8Json.WriteByte((byte)'\n');
    }

    private static void WriteAllocation(Utf8JsonWriter json, AllocationResult allocation)
    {
        json.WriteStartObject("allocation");
        json.WriteStartArray("projects");
        foreach (var project in allocation.Projects)
        {
            json.WriteStartObject();
            json.WriteString("project", project.Project.Value);
            json.WriteNumber("places", project.Places);
            json.WriteBoolean("allocated", project.Allocated);
            WriteStrings(json, "criteria", project.Criteria, static criterion => ScenarioVocabulary.Criteria.NameOf(criterion));
            if (project.CutoffRank is { } cutoff)
            {
                json.WriteNumber("cutoffRank", cutoff);
            }
            else
            {
                json.WriteNull("cutoffRank");
            }

            json.WriteStartArray("entries");
            foreach (var entry in project.Entries)
            {
                json.WriteStartObject();
                json.WriteString("member", entry.Member.Value);
                if (entry.Rank is { } rank)
                {
                    json.WriteNumber("rank", rank);
                }
                else
                {
                    json.WriteNull("rank");
                }

                json.WriteString("outcome", JsonFormat.CamelCase(entry.Outcome.ToString()));
                WriteStrings(json, "key", entry.Key, static value => value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("members");
        foreach (var member in allocation.Members)
        {
            json.WriteStartObject();
            json.WriteString("member", member.Member.Value);
            if (member.Cap is { } cap)
            {
                json.WriteNumber("cap", cap);
            }
            else
            {
                json.WriteNull("cap");
            }

            WriteStrings(json, "ranking", member.Ranking, static project => project.Value);
            WriteStrings(json, "places", member.Places, static project => project.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
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
        WriteStrings(json, "clauses", decision.Clauses, static clause => clause.ToString());
        WriteStrings(json, "reasons", decision.Reasons, static reason => reason.Text);
        WriteStrings(json, "reasonCodes", decision.Reasons, static reason => reason.Code);
        WriteStrings(json, "facts", decision.Facts, static fact => fact.ToString());
        json.WriteEndObject();
    }

    /// An array of strings: one per item of <paramref name="items"/>.
    private static void WriteStrings<T>(Utf8JsonWriter json, string name, ImmutableArray<T> items, Func<T, string> text)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStringValue(text(item));
        }

        json.WriteEndArray();
    }
}
