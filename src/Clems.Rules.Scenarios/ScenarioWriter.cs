using System;
using System.IO;
using System.Text;
using System.Text.Json;
using Clems.Rules.Scenarios.Format;

namespace Clems.Rules.Scenarios;

/// <summary>Writes scenario documents (schema version 1) as JSON that <see cref="ScenarioReader"/> reads back to an equal snapshot.</summary>
/// <remarks>Entries are written in the snapshot's order; optional fields are omitted when they hold their default.</remarks>
public static class ScenarioWriter
{
    /// <summary>Writes the document as JSON text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string ToJson(ScenarioDocument document)
    {
        using var stream = new MemoryStream();
        Write(document, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the document as UTF-8 JSON to a stream.</summary>
    /// <remarks>The JSON is handed to the stream in pieces of about 64 KiB as it is written, so a large document is never
    /// held whole in memory when the stream is a file.</remarks>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The destination; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ScenarioDocument document, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var snapshot = document.Snapshot;
        using (var json = new Utf8JsonWriter(utf8Json, JsonFormat.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", document.SchemaVersion);
            if (document.AsOf is { } asOf)
            {
                json.WriteDate("asOf", asOf);
            }

            if (snapshot.LotterySeed is { } seed)
            {
                json.WriteString("lotterySeed", seed);
            }

            foreach (var array in ScenarioArrays.All)
            {
                array.Write(json, snapshot);
            }

            json.WriteEndObject();
        }

        utf8Json.WriteByte((byte)'\n');
    }
}
