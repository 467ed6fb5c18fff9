using System;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Clems.Rules.Scenarios;

namespace Clems.Rules.Cli.Commands;

/// <summary><c>clems-rules generate [--size S|M|L] [--seed N] [--members N] [--projects N] [--interests N] [--tenders N]
/// -o FILE</c>: writes a synthetic scenario document (docs/simulation.md).</summary>
/// <remarks>The document is streamed to the file as it is written, so the large size never needs its JSON in memory.</remarks>
internal sealed class GenerateCommand
{
    private readonly CliContext _context;

    public GenerateCommand(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    public Command Create()
    {
        var synthetic = new SyntheticOptions();
        var output = new Option<string>("--output", "-o") { Description = "The file to write the scenario document to.", HelpName = "FILE", Required = true };
        var command = new Command("generate", "Write a synthetic scenario document of a named size or explicit counts, the same for the same seed on every machine.");
        synthetic.AddTo(command);
        command.Options.Add(output);
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

            return Execute(counts, parseResult.GetValue(synthetic.Seed), parseResult.GetValue(output)!);
        });
        return command;
    }

    public int Execute(SyntheticCounts counts, ulong seed, string path)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var watch = Stopwatch.StartNew();
        var document = SyntheticScenario.Generate(counts, seed);
        var generated = watch.Elapsed;
        try
        {
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 20);
            ScenarioWriter.Write(document, file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            ProblemWriter.WriteFileProblem(_context.Error, path, $"The file cannot be written: {ProblemWriter.OneLine(exception.Message)}");
            return ExitCodes.InvalidInput;
        }

        var snapshot = document.Snapshot;
        _context.Output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote {path}: {snapshot.Organizations.Length:N0} organisations, {snapshot.Projects.Length:N0} projects, {snapshot.Interests.Length:N0} interests, {snapshot.Tenders.Length:N0} tenders (seed {seed}); generated in {generated.TotalSeconds:F2} s, written in {(watch.Elapsed - generated).TotalSeconds:F2} s."));
        return ExitCodes.Evaluated;
    }
}
