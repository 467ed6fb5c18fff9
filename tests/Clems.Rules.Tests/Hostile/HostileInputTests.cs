using System;
using System.IO;
using System.Threading.Tasks;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Clems.Rules.Tests.Cli;
using NodaTime;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Hostile;

/// Broken documents, made by mutating the bundled example, always end in the documented validation error: the reader
/// throws SnapshotValidationException (or reads a document the engine evaluates or rejects the same way), and the CLI
/// exits 2 with the problems on stderr and no stack trace; never another exception, never exit 1, never a hang.
public sealed class HostileInputTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

    private static readonly GovernanceEngine s_engine = Engines.Shared;

    /// The CLI's "today" when the document has no asOf (CliHarness.DefaultNow in Europe/Bucharest).
    private static readonly LocalDate s_today = new(2026, 5, 10);

    [HostileProperty]
    public void Read_HostileDocument_ThrowsOnlySnapshotValidationExceptionWithPaths(HostileDocument document)
        => AssertReadEndsInValidation(document.Bytes);

    [HostileProperty]
    public void Evaluate_HostileDocumentThroughCli_ExitsWithInvalidInputAndNoStackTrace(HostileDocument document)
        => AssertCliEndsInValidation(document.Bytes);

    /// Returns whether the document was read (and evaluated or rejected by the engine) rather than rejected by the reader.
    internal static bool AssertReadEndsInValidation(byte[] bytes)
    {
        var read = false;
        var task = Task.Run(() =>
        {
            ScenarioDocument result;
            try
            {
                result = ScenarioReader.Read(new MemoryStream(bytes, writable: false));
            }
            catch (SnapshotValidationException e)
            {
                AssertProblems(e);
                return;
            }

            read = true;
            try
            {
                s_engine.Evaluate(result.Snapshot, result.AsOf ?? s_today);
            }
            catch (SnapshotValidationException e)
            {
                AssertProblems(e);
            }
        });
        Assert.True(task.Wait(s_timeout), "Reading and evaluating the document took more than 20 s.");
        return read;
    }

    internal static void AssertCliEndsInValidation(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), "clems-hostile-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(path, bytes);
        try
        {
            var task = Task.Run(() => CliHarness.Run("evaluate", path));
            Assert.True(task.Wait(s_timeout), "clems-rules evaluate took more than 20 s.");
            var run = task.Result;
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.True(run.ExitCode is 0 or 2, $"Exit code {run.ExitCode}; stderr: {Shorten(run.Error)}");
            if (run.ExitCode == 2)
            {
                Assert.False(string.IsNullOrWhiteSpace(run.Error), "Exit code 2 without a problem on stderr.");
                Assert.Equal(string.Empty, run.Output);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertProblems(SnapshotValidationException e)
    {
        // The exception always carries at least one problem (its constructor refuses none: SnapshotValidationTests).
        foreach (var problem in e.Problems)
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.Path), $"A problem without a path: {problem.Message}");
            Assert.False(string.IsNullOrWhiteSpace(problem.Message), $"A problem without a message at {problem.Path}.");
        }
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
