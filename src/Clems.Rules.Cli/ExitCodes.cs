namespace Clems.Rules.Cli;

/// <summary>The process exit codes of <c>clems-rules</c> (documented in docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The scenario was evaluated and the report written.</summary>
    public const int Evaluated = 0;

    /// <summary>Something unexpected failed; the message is on stderr (the stack trace too with <c>--verbose</c>).</summary>
    public const int UnexpectedFailure = 1;

    /// <summary>The input is invalid: bad command line, missing or unreadable file, malformed JSON, or validation problems.</summary>
    public const int InvalidInput = 2;
}
