using System;
using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

/// <summary>One problem in an input: where it is, which kind of problem it is, and what is wrong.</summary>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.initiatives[2].participants[0].organization</c>;
/// for a problem a constructor refuses, the name of the offending parameter.</param>
/// <param name="Code">The kind of problem, stable across versions: the area or concern, a dot and a kebab-case name
/// (<c>Membership.overlapping-terms</c>, <c>Reference.dangling</c>, <c>Format.unknown-field</c>). Every code is listed in
/// the scenario format's documentation ("Problems").</param>
/// <param name="Message">A sentence saying what is wrong, with the offending value, and how to fix it.</param>
/// <exception cref="ArgumentNullException">An argument is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Code"/> is not of the form <c>Concern.kebab-case-name</c>.</exception>
public sealed record ValidationProblem(string Path, string Code, string Message)
{
    /// <summary>The JSON path of the offending value (or the offending parameter's name).</summary>
    public string Path { get; init; } = Preconditions.CheckNotNull(Path);

    /// <summary>The kind of problem, e.g. <c>Reference.dangling</c>: stable, for programs that react to a kind of problem.</summary>
    public string Code { get; init; } = CheckCode(Code);

    /// <summary>What is wrong and how to fix it, for people; the wording may change between versions.</summary>
    public string Message { get; init; } = Preconditions.CheckNotNull(Message);

    /// <summary>Formats the problem as <c>path: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Message}";

    private static string CheckCode(string code)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckArgument(IsCode(code), nameof(Code), $"'{code}' is not a problem code; write the concern, a dot and a kebab-case name, such as Reference.dangling.");
        return code;
    }

    /// A concern in PascalCase, a dot, and lower-case words of letters and digits joined by single hyphens.
    private static bool IsCode(string code)
    {
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        if (dot < 1 || dot == code.Length - 1 || !char.IsAsciiLetterUpper(code[0]))
        {
            return false;
        }

        for (var i = 1; i < dot; i++)
        {
            if (!char.IsAsciiLetterOrDigit(code[i]))
            {
                return false;
            }
        }

        for (var i = dot + 1; i < code.Length; i++)
        {
            var c = code[i];
            var hyphenOk = c == '-' && i > dot + 1 && i < code.Length - 1 && code[i - 1] != '-';
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || hyphenOk))
            {
                return false;
            }
        }

        return true;
    }
}
