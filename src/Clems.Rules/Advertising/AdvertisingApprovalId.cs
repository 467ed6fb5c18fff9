using System;
using Clems.Rules.Utility;

namespace Clems.Rules.Advertising;

/// <summary>Identifies an advertising approval; compared ordinally.</summary>
/// <remarks><c>default</c> has a null value and identifies nothing; construct one from a string.</remarks>
public readonly record struct AdvertisingApprovalId : IComparable<AdvertisingApprovalId>
{
    /// <summary>Creates the identifier.</summary>
    /// <param name="value">1 to 200 characters with no leading or trailing white space.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or padded with white space.</exception>
    public AdvertisingApprovalId(string value) => Value = Identifier.Check(value, "AdvertisingApprovalId");

    /// <summary>The identifier as written in the scenario.</summary>
    public string Value { get; }

    /// <inheritdoc/>
    public int CompareTo(AdvertisingApprovalId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns <see cref="Value"/>.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Value ?? string.Empty;
}
