using System;
using System.Globalization;

namespace Clems.Rules.Decisions;

/// <summary>The id of a clause of the CLEMS governance catalogue: G1–G16 (governance) or S1–S15 (services).</summary>
/// <remarks>Ordered as the catalogue lists them: G1, G2 … G16, then S1 … S15. <c>default</c> is not a clause.</remarks>
public readonly record struct ClauseId : IComparable<ClauseId>
{
    /// <summary>The number of governance clauses (G1–G16).</summary>
    public const int GovernanceClauseCount = 16;

    /// <summary>The number of service clauses (S1–S15).</summary>
    public const int ServiceClauseCount = 15;

    private ClauseId(char series, int number)
    {
        Series = series;
        Number = number;
    }

    /// <summary>The series letter: <c>G</c> for governance, <c>S</c> for services.</summary>
    public char Series { get; }

    /// <summary>The clause number within its series.</summary>
    public int Number { get; }

    /// <summary>Parses a clause id such as <c>G10</c> or <c>S14</c>.</summary>
    /// <param name="text">The id.</param>
    /// <returns>The clause id.</returns>
    /// <exception cref="FormatException">The text names no clause of the catalogue.</exception>
    public static ClauseId Parse(string text)
        => TryParse(text, out var id)
            ? id
            : throw new FormatException(
                $"'{text}' is not a clause of the CLEMS catalogue; use G1–G{GovernanceClauseCount} or S1–S{ServiceClauseCount}.");

    /// <summary>Tries to parse a clause id such as <c>G10</c>.</summary>
    /// <param name="text">The id.</param>
    /// <param name="id">The clause id when parsing succeeds.</param>
    /// <returns><see langword="true"/> when the text names a clause of the catalogue.</returns>
    public static bool TryParse(string? text, out ClauseId id)
    {
        id = default;
        if (text is null || text.Length < 2 || text.Length > 3 || (text[0] != 'G' && text[0] != 'S') || text[1] == '0')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var max = text[0] == 'G' ? GovernanceClauseCount : ServiceClauseCount;
        if (number < 1 || number > max)
        {
            return false;
        }

        id = new ClauseId(text[0], number);
        return true;
    }

    /// <inheritdoc/>
    public int CompareTo(ClauseId other)
        => Series != other.Series ? Series.CompareTo(other.Series) : Number.CompareTo(other.Number);

    /// <summary>Returns the id as the catalogue writes it, e.g. <c>G10</c>.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Series == '\0' ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{Series}{Number}");
}
