using System;
using Clems.Rules.Utility;

namespace Clems.Rules.Tenders;

/// <summary>The start of CPV codes a member is interested in: 2 to 8 digits (<c>45</c> for all construction work,
/// <c>90400000</c> for one exact code).</summary>
/// <remarks>A prefix matches a <see cref="CpvCode"/> whose eight digits start with it; a prefix of eight digits
/// matches that code only. <c>default(CpvPrefix)</c> has a null value and is not valid.</remarks>
public readonly record struct CpvPrefix : IComparable<CpvPrefix>
{
    /// <summary>The shortest prefix: a CPV division.</summary>
    public const int MinLength = 2;

    /// <summary>The longest prefix: a whole code.</summary>
    public const int MaxLength = 8;

    /// <summary>Creates a prefix.</summary>
    /// <param name="value">2 to 8 digits.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not 2 to 8 digits.</exception>
    public CpvPrefix(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(
            IsValid(value),
            nameof(value),
            $"'{value}' is not a CPV prefix; write {MinLength} to {MaxLength} digits, such as 45 or 9040.");
        Value = value;
    }

    /// <summary>The digits.</summary>
    public string Value { get; }

    /// <summary>Tells whether <paramref name="value"/> is 2 to 8 digits.</summary>
    /// <param name="value">The candidate.</param>
    /// <returns><see langword="true"/> when valid.</returns>
    public static bool IsValid(string? value)
        => value is not null && value.Length is >= MinLength and <= MaxLength && CpvCode.AllDigits(value);

    /// <summary>Tells whether the code's eight digits start with this prefix.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when the code matches.</returns>
    public bool Matches(CpvCode code) => code.Digits.StartsWith(Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public int CompareTo(CpvPrefix other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The digits.</returns>
    public override string ToString() => Value ?? string.Empty;
}
