namespace Clems.Rules.Cli;

/// <summary>How the people-facing output is drawn.</summary>
/// <param name="UseColours">Whether ANSI colours and styles may be written (false when output is redirected).</param>
/// <param name="Width">The width in columns to draw tables at; <see langword="null"/> to use the terminal's width.</param>
internal sealed record ConsoleStyle(bool UseColours, int? Width)
{
    /// <summary>The width of tables written to a file or a pipe, where there is no terminal to measure.</summary>
    public const int RedirectedWidth = 160;

    /// <summary>Plain text at <see cref="RedirectedWidth"/> columns: what a file, a pipe or a test receives.</summary>
    public static ConsoleStyle Plain { get; } = new(UseColours: false, Width: RedirectedWidth);
}
