using System;
using System.IO;
using Clems.Rules.Cli;
using NodaTime;
using NodaTime.Testing;

namespace Clems.Rules.Tests.Cli;

/// Runs clems-rules in-process against a fake clock and string writers, as a user would type it.
internal static class CliHarness
{
    /// 2026-05-10 08:00 UTC: a date on which the example's own asOf (2026-03-01) is clearly not "today".
    public static readonly Instant DefaultNow = Instant.FromUtc(2026, 5, 10, 8, 0);

    public static string ExamplePath { get; } = Path.Combine(AppContext.BaseDirectory, "examples", "clems-cluster.json");

    public static CliRun Run(params string[] args) => RunAt(DefaultNow, args);

    public static CliRun RunAt(Instant now, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(new FakeClock(now), output, error, ConsoleStyle.Plain);
        var exitCode = CliApplication.Run(args, context);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
