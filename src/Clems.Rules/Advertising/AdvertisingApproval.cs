using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Advertising;

/// <summary>The cluster's pre-approval of one advertising item's content for one channel and a validity interval (S14).</summary>
/// <remarks>
/// The approval covers only the item it names, only while the item's content still has the SHA-256 it records, only on
/// its channel, and only for publication dates (in <c>Europe/Bucharest</c>) from <see cref="ValidFrom"/> to
/// <see cref="ValidTo"/>, both inclusive. An approval never covers another item, even one with the same content.
/// </remarks>
public sealed class AdvertisingApproval
{
    private readonly string _contentSha256 = "";
    private readonly string _channel = "";

    /// <summary>The identifier, unique across the snapshot.</summary>
    public required AdvertisingApprovalId Id { get; init; }

    /// <summary>The item approved.</summary>
    public required AdvertisingItemId Item { get; init; }

    /// <summary>The SHA-256 of the approved content: 64 lower-case hexadecimal digits.</summary>
    /// <exception cref="System.ArgumentException">The value is not 64 lower-case hexadecimal digits.</exception>
    public required string ContentSha256
    {
        get => _contentSha256;
        init
        {
            Preconditions.CheckArgument(CheckContentSha256(value, nameof(value)));
            _contentSha256 = value;
        }
    }

    /// <summary>The channel approved, compared ordinally with the item's.</summary>
    /// <exception cref="System.ArgumentException">The channel is empty, longer than 200 characters or padded with white space.</exception>
    public required string Channel { get => _channel; init => _channel = Identifier.Check(value, "channel"); }

    /// <summary>The first publication date the approval covers.</summary>
    public required LocalDate ValidFrom { get; init; }

    /// <summary>The last publication date the approval covers (inclusive); the snapshot validator refuses one before
    /// <see cref="ValidFrom"/> (<see cref="CheckValidity"/>).</summary>
    public required LocalDate ValidTo { get; init; }

    /// <summary>The date the cluster approved the item; a publication dated before it was not pre-approved.</summary>
    public required LocalDate ApprovedOn { get; init; }

    /// <summary>Checks that a content hash is a SHA-256 in lower-case hex: the check <see cref="ContentSha256"/> makes,
    /// for a reader that reports the problem at its place instead of constructing the approval.</summary>
    /// <param name="value">The candidate hash.</param>
    /// <param name="path">Where the hash is: its JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>Advertising.not-sha256</c>) at <paramref name="path"/>, or <see langword="null"/> when the
    /// value is 64 lower-case hexadecimal digits.</returns>
    public static ValidationProblem? CheckContentSha256(string? value, string path)
        => ContentHash.IsSha256Hex(value)
            ? null
            : new(
                path,
                AdvertisingProblems.NotSha256,
                $"'{value}' is not a SHA-256 in lower-case hex; give the 64 hexadecimal digits (0-9, a-f) of the SHA-256 of the approved content in UTF-8.");

    /// <summary>Checks that an approval's validity does not end before it starts: the check the snapshot validator makes
    /// of every approval (the two dates are set one by one, so no accessor can), and a reader makes before building one.</summary>
    /// <param name="validFrom">The first publication date covered.</param>
    /// <param name="validTo">The last publication date covered.</param>
    /// <param name="path">Where <paramref name="validTo"/> is: its JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>Advertising.ends-before-start</c>) at <paramref name="path"/>, or <see langword="null"/>
    /// when the interval is valid.</returns>
    public static ValidationProblem? CheckValidity(LocalDate validFrom, LocalDate validTo, string path)
        => validTo < validFrom
            ? new(
                path,
                AdvertisingProblems.EndsBeforeStart,
                $"The approval is valid to {Text.Date(validTo)}, before it is valid from {Text.Date(validFrom)}; fix the dates.")
            : null;
}
