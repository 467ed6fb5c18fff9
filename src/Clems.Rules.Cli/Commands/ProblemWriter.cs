using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Clems.Rules.Engine;

namespace Clems.Rules.Cli.Commands;

/// <summary>Writes what went wrong to stderr: every validation problem as <c>path: message</c>, one per line, never a
/// stack trace unless asked for.</summary>
internal static class ProblemWriter
{
    /// <summary>Writes a header naming the file, then every problem as <c>path: message</c>.</summary>
    /// <param name="error">The error stream.</param>
    /// <param name="file">The document's path as the user typed it.</param>
    /// <param name="problems">Every problem, in document order.</param>
    public static void WriteProblems(TextWriter error, string file, IReadOnlyList<ValidationProblem> problems)
    {
        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{file} is not a valid scenario ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):"));
        foreach (var problem in problems)
        {
            error.WriteLine($"{problem.Path}: {OneLine(problem.Message)}");
        }
    }

    /// <summary>Writes a problem with the file itself (missing, unreadable) as <c>file: message</c>.</summary>
    /// <param name="error">The error stream.</param>
    /// <param name="file">The path as the user typed it.</param>
    /// <param name="message">What is wrong.</param>
    public static void WriteFileProblem(TextWriter error, string file, string message)
        => error.WriteLine($"{file}: {message}");

    /// <summary>Writes an unexpected failure in one line, and its full text only when <paramref name="verbose"/>.</summary>
    /// <param name="error">The error stream.</param>
    /// <param name="exception">The failure.</param>
    /// <param name="verbose">Whether to write the stack trace.</param>
    public static void WriteUnexpected(TextWriter error, Exception exception, bool verbose)
    {
        error.WriteLine(
            $"clems-rules failed unexpectedly: {exception.GetType().Name}: {OneLine(exception.Message)}"
            + (verbose ? string.Empty : " (run again with --verbose for the stack trace)"));
        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }
    }

    /// <summary>Folds a message onto one line.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message with line breaks replaced by spaces.</returns>
    public static string OneLine(string message)
        => message.ReplaceLineEndings(" ").Trim();
}
