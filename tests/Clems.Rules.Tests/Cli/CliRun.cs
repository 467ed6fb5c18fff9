namespace Clems.Rules.Tests.Cli;

/// What one in-process run of clems-rules produced.
internal sealed record CliRun(int ExitCode, string Output, string Error);
