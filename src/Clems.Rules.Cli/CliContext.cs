using System;
using System.IO;
using NodaTime;

namespace Clems.Rules.Cli;

/// <summary>What the commands need from the outside world: the clock, the two output streams and how to style output.</summary>
/// <remarks>Built once in <c>Program</c> from the real console and <see cref="SystemClock.Instance"/>; tests build it from
/// a <c>FakeClock</c> and <see cref="StringWriter"/>s, so every command runs without a process.</remarks>
internal sealed class CliContext
{
    public CliContext(IClock clock, TextWriter output, TextWriter error, ConsoleStyle style, bool interactiveError = false)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        Clock = clock;
        Output = output;
        Error = error;
        Style = style;
        InteractiveError = interactiveError;
    }

    /// <summary>Whether stderr is a terminal, where a live progress display can redraw itself (false in tests and pipes).</summary>
    public bool InteractiveError { get; }

    /// <summary>The clock that says what "today" is when no as-of date is given.</summary>
    public IClock Clock { get; }

    /// <summary>Where results go (stdout).</summary>
    public TextWriter Output { get; }

    /// <summary>Where problems go (stderr).</summary>
    public TextWriter Error { get; }

    /// <summary>Whether to colour the table, and how wide to draw it.</summary>
    public ConsoleStyle Style { get; }
}
