namespace Clems.Rules.Engine;

/// <summary>One problem in an input: where it is and what is wrong.</summary>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.initiatives[2].participants[0].organization</c>.</param>
/// <param name="Message">A sentence saying what is wrong, with the offending value, and how to fix it.</param>
public sealed record ValidationProblem(string Path, string Message)
{
    /// <summary>Formats the problem as <c>path: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
