using System;

namespace Clems.Rules.Utility;

/// The rule every strongly typed identifier follows: non-empty, no surrounding white space, at most 200 characters.
internal static class Identifier
{
    internal const int MaxLength = 200;

    internal static string Check(string? value, string typeName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value), $"A {typeName} needs a value; null was given.");
        }

        if (!IsValid(value))
        {
            throw new ArgumentException(
                $"'{Shorten(value)}' is not a valid {typeName}: an identifier is 1 to {MaxLength} characters with no leading or trailing white space.",
                nameof(value));
        }

        return value;
    }

    internal static bool IsValid(string? value)
        => !string.IsNullOrWhiteSpace(value)
            && value.Length <= MaxLength
            && !char.IsWhiteSpace(value[0])
            && !char.IsWhiteSpace(value[^1]);

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
