using System;
using Clems.Rules.Utility;

namespace Clems.Rules.Tenders;

/// <summary>Identifies a tender notice; compared ordinally.</summary>
/// <remarks><c>default</c> has a null value and identifies nothing; construct one from a string.</remarks>
public readonly record struct TenderId : IComparable<TenderId>
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">1 to 200 characters with no leading or trailing white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or padded with white space.</exception>
    public TenderId(string value) => Value = Identifier.Check(value, "TenderId");

    /// <summary>The identifier as written in the scenario.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public int CompareTo(TenderId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Value ?? string.Empty;
}
