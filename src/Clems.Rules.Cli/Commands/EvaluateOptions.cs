using Clems.Rules.Cli.Rendering;
using NodaTime;

namespace Clems.Rules.Cli.Commands;

/// <summary>The parsed arguments of <c>clems-rules evaluate</c>.</summary>
/// <param name="File">The path of the scenario document, as the user typed it.</param>
/// <param name="AsOf">The <c>--as-of</c> date, which overrides the document's <c>asOf</c>; <see langword="null"/> when not given.</param>
/// <param name="Format">How to write the report.</param>
/// <param name="Verbose">Whether to write the stack trace of an unexpected failure.</param>
internal sealed record EvaluateOptions(string File, LocalDate? AsOf, ReportFormat Format, bool Verbose);
