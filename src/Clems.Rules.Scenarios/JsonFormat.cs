using System.Text.Encodings.Web;
using System.Text.Json;

namespace Clems.Rules.Scenarios;

/// Writer settings shared by the report and scenario writers: indented by two spaces, LF, and non-ASCII letters kept
/// as they are (Romanian names stay readable) while HTML-sensitive characters are still escaped.
internal static class JsonFormat
{
    internal static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    internal static string CamelCase(string name) => string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
