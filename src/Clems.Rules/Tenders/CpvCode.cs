using System;
using Clems.Rules.Utility;

namespace Clems.Rules.Tenders;

/// <summary>A Common Procurement Vocabulary code of a tender notice: eight digits, optionally followed by a hyphen and
/// its check digit (<c>45252100</c> or <c>45252100-9</c>).</summary>
/// <remarks>
/// Matching uses the eight digits only (<see cref="Digits"/>); the check digit is kept as written but not verified.
/// <c>default(CpvCode)</c> has a null value and is not a valid code.
/// </remarks>
public readonly record struct CpvCode : IComparable<CpvCode>
{
    /// <summary>Creates a code.</summary>
    /// <param name="value">Eight digits, optionally followed by <c>-</c> and one check digit.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> has another form.</exception>
    public CpvCode(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(
            IsValid(value),
            nameof(value),
            $"'{value}' is not a CPV code; write eight digits, optionally with a hyphen and the check digit, such as 45252100 or 45252100-9.");
        Value = value;
    }

    /// <summary>The code as written, with its check digit if it had one.</summary>
    public string Value { get; }

    /// <summary>The eight digits of the code, without the check digit.</summary>
    public string Digits => Value[..8];

    /// <summary>Tells whether <paramref name="value"/> is eight digits, optionally followed by a hyphen and one digit.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns><see langword="true"/> when the form is valid.</returns>
    public static bool IsValid(string? value)
        => value is not null
            && (value.Length == 8 || (value.Length == 10 && value[8] == '-' && char.IsAsciiDigit(value[9])))
            && AllDigits(value.AsSpan(0, 8));

    /// <inheritdoc/>
    public int CompareTo(CpvCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Value ?? string.Empty;

    internal static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
