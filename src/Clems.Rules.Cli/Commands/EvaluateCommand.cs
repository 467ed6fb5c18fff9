using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using Clems.Rules.Cli.Rendering;
using Clems.Rules.Engine;
using NodaTime;
using NodaTime.Text;

namespace Clems.Rules.Cli.Commands;

/// <summary><c>clems-rules evaluate &lt;file&gt; [--as-of DATE] [--format table|json] [--verbose]</c>: reads a scenario
/// document, evaluates it as of a date and writes every decision.</summary>
/// <remarks>The as-of date is <c>--as-of</c> if given, else the document's <c>asOf</c>, else today in Europe/Bucharest by
/// the context's clock. Exit codes are in <see cref="ExitCodes"/>.</remarks>
internal sealed class EvaluateCommand
{
    private const string TableFormat = "table";
    private const string JsonFormat = "json";

    private readonly CliContext _context;

    public EvaluateCommand(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    /// <summary>Builds the System.CommandLine command, whose action parses the options and calls <see cref="Execute"/>.</summary>
    /// <returns>The command.</returns>
    public Command Create()
    {
        var file = new Argument<string>("file")
        {
            Description = "The scenario document (JSON, schema version 1), e.g. docs/examples/clems-cluster.json.",
        };
        var asOf = new Option<LocalDate?>("--as-of")
        {
            Description = "Evaluate as of this date (YYYY-MM-DD); overrides the document's asOf. Default: the document's asOf, else today in Europe/Bucharest.",
            HelpName = "DATE",
            CustomParser = ParseDate,
        };
        var format = new Option<string>("--format")
        {
            Description = "How to write the report: 'table' for people, 'json' for programs.",
            HelpName = "table|json",
            DefaultValueFactory = _ => TableFormat,
        };
        format.AcceptOnlyFromAmong(TableFormat, JsonFormat);
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Write the stack trace of an unexpected failure to stderr.",
        };

        var command = new Command("evaluate", "Evaluate a scenario document and write every governance decision with its rule, clauses and reasons.");
        command.Arguments.Add(file);
        command.Options.Add(asOf);
        command.Options.Add(format);
        command.Options.Add(verbose);
        command.SetAction(parseResult => Execute(new EvaluateOptions(
            parseResult.GetValue(file)!,
            parseResult.GetValue(asOf),
            parseResult.GetValue(format) == JsonFormat ? ReportFormat.Json : ReportFormat.Table,
            parseResult.GetValue(verbose))));
        return command;
    }

    /// <summary>Runs the command: read, evaluate, write.</summary>
    /// <param name="options">The parsed arguments.</param>
    /// <returns>The exit code: 0 evaluated, 2 invalid input, 1 unexpected failure.</returns>
    public int Execute(EvaluateOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var error = _context.Error;
        try
        {
            if (!ScenarioFile.TryRead(options.File, error, out var document))
            {
                return ExitCodes.InvalidInput;
            }

            var (asOf, source) = options.AsOf is { } overridden
                ? (overridden, AsOfSource.Option)
                : document.AsOf is { } fromDocument
                    ? (fromDocument, AsOfSource.Document)
                    : (ClusterCalendar.Today(_context.Clock), AsOfSource.Today);
            var report = new GovernanceEngine().Evaluate(document.Snapshot, asOf);
            IReportRenderer renderer = options.Format == ReportFormat.Json
                ? new JsonReportRenderer()
                : new TableReportRenderer(_context.Style);
            renderer.Render(new ReportView(report, source), _context.Output);
            return ExitCodes.Evaluated;
        }
        catch (SnapshotValidationException exception)
        {
            ProblemWriter.WriteProblems(error, options.File, exception.Problems);
            return ExitCodes.InvalidInput;
        }
#pragma warning disable CA1031 // The tool's last line of defence: any other failure is reported in one line, exit 1.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            ProblemWriter.WriteUnexpected(error, exception, options.Verbose);
            return ExitCodes.UnexpectedFailure;
        }
    }

    private static LocalDate? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count == 0 ? string.Empty : result.Tokens[0].Value;
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"--as-of '{text}' is not a date; write it as YYYY-MM-DD, e.g. --as-of 2026-03-01.");
        return null;
    }
}
