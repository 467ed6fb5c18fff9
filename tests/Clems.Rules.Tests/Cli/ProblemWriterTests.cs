using System;
using System.IO;
using Clems.Rules.Cli.Commands;
using Xunit;

namespace Clems.Rules.Tests.Cli;

/// Unexpected failures (exit 1): one line on stderr, the stack trace only with --verbose.
public sealed class ProblemWriterTests
{
    [Fact]
    public void WriteUnexpected_NotVerbose_WritesOneLineWithoutStackTrace()
    {
        // Arrange
        using var error = new StringWriter();

        // Act
        ProblemWriter.WriteUnexpected(error, Thrown(), verbose: false);

        // Assert
        Assert.Equal(
            "clems-rules failed unexpectedly: InvalidOperationException: The rule session broke. Twice. (run again with --verbose for the stack trace)\n",
            error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void WriteUnexpected_Verbose_AddsTheStackTrace()
    {
        // Arrange
        using var error = new StringWriter();

        // Act
        ProblemWriter.WriteUnexpected(error, Thrown(), verbose: true);

        // Assert
        Assert.Contains("   at ", error.ToString(), StringComparison.Ordinal);
    }

    private static InvalidOperationException Thrown()
    {
        try
        {
            throw new InvalidOperationException("The rule session broke.\nTwice.");
        }
        catch (InvalidOperationException exception)
        {
            return exception;
        }
    }
}
