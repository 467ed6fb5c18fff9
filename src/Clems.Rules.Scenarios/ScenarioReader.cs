using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios.Format;
using Clems.Rules.Scenarios.Reading;

namespace Clems.Rules.Scenarios;

/// <summary>Reads scenario documents (JSON, schema version 1) into cluster snapshots.</summary>
/// <remarks>
/// Reading reports every problem it finds — malformed JSON, missing, unknown, duplicated or mistyped fields, bad dates,
/// amounts and currencies, duplicate ids, dangling references, intervals that end before they start — in one
/// <see cref="SnapshotValidationException"/>, each with its JSON path and code. A value a library type would refuse is
/// checked with that type's public Check function, so it is reported with the type's own sentence, never thrown. Nothing
/// is returned from a document with a problem.
/// Limits: documents of at most <see cref="MaxDocumentBytes"/> bytes and <see cref="MaxDepth"/> levels of nesting.
/// </remarks>
public static class ScenarioReader
{
    /// <summary>The largest document accepted, in bytes (1 GiB).</summary>
    public const long MaxDocumentBytes = 1L << 30;

    /// <summary>The deepest nesting of arrays and objects accepted.</summary>
    public const int MaxDepth = 32;

    // The document's single fields, then its arrays in the table's order: the order an unknown field's problem lists them in.
    private static readonly string[] s_documentFields = ["schemaVersion", "asOf", "lotterySeed", .. ScenarioArrays.All.Select(a => a.Name)];

    /// <summary>Reads a document from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The document; read to its end, not closed.</param>
    /// <returns>The document, validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="SnapshotValidationException">The document has problems; every one is listed with its path.</exception>
    public static ScenarioDocument Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes)
            {
                throw Invalid("$", FormatProblems.TooLarge, string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {MaxDocumentBytes} bytes."));
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Reads a document from a string.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The document, validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="SnapshotValidationException">The document has problems; every one is listed with its path.</exception>
    public static ScenarioDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json));
    }

    private static ScenarioDocument Read(ReadOnlyMemory<byte> utf8)
    {
        // System.Text.Json checks the structure but not the bytes inside strings and names, and would fail later, while
        // a value is read, with an InvalidOperationException; reject a document that is not UTF-8 up front.
        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            throw Invalid("$", FormatProblems.NotUtf8, NotUtf8(utf8.Span));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {e.BytePositionInLine + 1}")
                : string.Empty;
            throw Invalid(string.IsNullOrEmpty(e.Path) ? "$" : e.Path, FormatProblems.NotJson, $"The document is not valid JSON{where}: {Explain(e.Message)}");
        }

        using (document)
        {
            var log = new ProblemLog();
            var result = ReadDocument(log, document.RootElement);
            if (log.Problems.Count > 0 || result is null)
            {
                throw new SnapshotValidationException(log.Problems);
            }

            var problems = result.Snapshot.Validate();
            if (problems.Count > 0)
            {
                throw new SnapshotValidationException(problems);
            }

            return result;
        }
    }

    private static ScenarioDocument? ReadDocument(ProblemLog log, JsonElement root)
    {
        if (JsonFields.Open(log, root, "$", s_documentFields) is not { } doc)
        {
            return null;
        }

        if (doc.Element("schemaVersion", required: true) is { } version
            && (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != ScenarioDocument.CurrentSchemaVersion))
        {
            log.Add(doc.At("schemaVersion"), FormatProblems.SchemaVersion, string.Create(
                CultureInfo.InvariantCulture,
                $"This library reads schema version {ScenarioDocument.CurrentSchemaVersion}; found {version.GetRawText()}."));
        }

        var asOf = doc.Date("asOf", required: false);
        var snapshot = new ClusterSnapshot { LotterySeed = doc.String("lotterySeed", required: false, maxLength: 1000) };
        foreach (var array in ScenarioArrays.All)
        {
            snapshot = array.Read(log, doc, snapshot);
        }

        return new ScenarioDocument(snapshot, asOf);
    }

    private static string NotUtf8(ReadOnlySpan<byte> utf8)
    {
        var at = 0;
        while (at < utf8.Length && System.Text.Rune.DecodeFromUtf8(utf8[at..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            at += consumed;
        }

        var before = utf8[..at];
        var line = before.Count((byte)'\n') + 1;
        var column = at - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"The document is not valid UTF-8 at line {line}, byte {column}; save it as UTF-8 (a document in UTF-16 or a legacy code page must be converted).");
    }

    private static SnapshotValidationException Invalid(string path, string code, string message) => new([new ValidationProblem(path, code, message)]);

    // System.Text.Json's message repeats the position (0-based) and, for the depth limit, gives advice meant for
    // developers; keep the first part and say what the limit is instead.
    private static string Explain(string message)
    {
        var end = message.IndexOfAny(['|']);
        var text = (end > 0 ? message[..end] : message).Trim();
        foreach (var marker in (string[])[" Path:", " LineNumber:"])
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            text = at > 0 ? text[..at].Trim() : text;
        }
        if (text.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return string.Create(CultureInfo.InvariantCulture, $"the document nests arrays and objects more than {MaxDepth} levels deep, the limit of the format.");
        }

        return text.Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);
    }
}
