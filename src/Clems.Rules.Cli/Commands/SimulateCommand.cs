using System;
using System.CommandLine;
using System.Diagnostics;
using Clems.Rules.Cli.Simulation;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Spectre.Console;

namespace Clems.Rules.Cli.Commands;

/// <summary><c>clems-rules simulate [--size S|M|L] [--seed N] [counts] [--format table|json]</c>: generates a synthetic
/// cluster in memory, evaluates it, and shows each stage's time and a summary of what was decided (docs/simulation.md).</summary>
/// <remarks>Stage progress goes to stderr — a live display when stderr is a terminal, one plain line per stage
/// otherwise — and the summary to stdout, so <c>--format json</c> output can be piped.</remarks>
internal sealed class SimulateCommand
{
    private const string TableFormat = "table";
    private const string JsonFormat = "json";

    private readonly CliContext _context;

    public SimulateCommand(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    public Command Create()
    {
        var synthetic = new SyntheticOptions();
        var format = new Option<string>("--format")
        {
            Description = "How to write the summary: 'table' for people, 'json' for programs.",
            HelpName = "table|json",
            DefaultValueFactory = _ => TableFormat,
        };
        format.AcceptOnlyFromAmong(TableFormat, JsonFormat);
        var command = new Command("simulate", "Generate a synthetic cluster in memory, evaluate it, and show the time of each stage, the peak memory and a summary of the decisions.");
        synthetic.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            SyntheticCounts counts;
            try
            {
                counts = synthetic.Counts(parseResult);
            }
            catch (ArgumentOutOfRangeException exception)
            {
                _context.Error.WriteLine(ProblemWriter.OneLine(exception.Message));
                return ExitCodes.InvalidInput;
            }

            return Execute(counts, synthetic.Describe(parseResult), parseResult.GetValue(synthetic.Seed), parseResult.GetValue(format) == JsonFormat);
        });
        return command;
    }

    public int Execute(SyntheticCounts counts, string size, ulong seed, bool json)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var recorder = new StageRecorder();
        (ScenarioDocument Document, GovernanceReport Report, SimulationSummary Summary)? result = null;
        try
        {
            if (_context.InteractiveError)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(_context.Error) });
                console.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
                    .Start(progress =>
                    {
                        ProgressTask? task = null;
                        recorder.Started += name => task = progress.AddTask(name).IsIndeterminate();
                        recorder.Finished += timing =>
                        {
                            task!.Description = FormattableString.Invariant($"{timing.Name} {timing.Elapsed.TotalSeconds:F3} s");
                            task.IsIndeterminate(false).Value = task.MaxValue;
                            task.StopTask();
                        };
                        result = Run(counts, seed, recorder);
                    });
            }
            else
            {
                recorder.Finished += timing => _context.Error.WriteLine(FormattableString.Invariant(
                    $"{timing.Name}: {timing.Elapsed.TotalSeconds:F3} s, {SummaryWriter.Megabytes(timing.AllocatedBytes)} allocated"));
                result = Run(counts, seed, recorder);
            }
        }
        catch (SnapshotValidationException exception)
        {
            // A generated scenario is valid by construction: this is a defect of the generator, reported as input.
            ProblemWriter.WriteProblems(_context.Error, "(generated)", exception.Problems);
            return ExitCodes.InvalidInput;
        }

        using var process = Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64;
        var (_, _, summary) = result!.Value;
        if (json)
        {
            SummaryWriter.WriteJson(_context.Output, size, seed, counts, recorder.Stages, peak, summary);
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = _context.Style.UseColours ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = _context.Style.UseColours ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(_context.Output),
            });
            console.Profile.Width = _context.Style.Width ?? Math.Max(console.Profile.Width, 60);
            SummaryWriter.WriteTables(console, size, seed, counts, recorder.Stages, peak, summary);
        }

        return ExitCodes.Evaluated;
    }

    private static (ScenarioDocument, GovernanceReport, SimulationSummary) Run(SyntheticCounts counts, ulong seed, StageRecorder recorder)
    {
        recorder.Begin("generate");
        var document = SyntheticScenario.Generate(counts, seed);
        var engine = new GovernanceEngine();
        var report = engine.Evaluate(document.Snapshot, document.AsOf!.Value, recorder);

        // The engine's "report" stage orders the decisions; the summary is counted within the same stage.
        var summary = SimulationSummary.Compute(document.Snapshot, report);
        recorder.End();
        return (document, report, summary);
    }
}
