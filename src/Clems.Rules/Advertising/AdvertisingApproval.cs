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
            Preconditions.CheckArgument(
                ContentHash.IsSha256Hex(value),
                nameof(value),
                $"'{value}' is not a SHA-256 in lower-case hex; give the 64 hexadecimal digits (0-9, a-f) of the approved content's SHA-256.");
            _contentSha256 = value;
        }
    }

    /// <summary>The channel approved, compared ordinally with the item's.</summary>
    /// <exception cref="System.ArgumentException">The channel is empty, longer than 200 characters or padded with white space.</exception>
    public required string Channel { get => _channel; init => _channel = Identifier.Check(value, "channel"); }

    /// <summary>The first publication date the approval covers.</summary>
    public required LocalDate ValidFrom { get; init; }

    /// <summary>The last publication date the approval covers (inclusive); the snapshot validator refuses one before <see cref="ValidFrom"/>.</summary>
    public required LocalDate ValidTo { get; init; }

    /// <summary>The date the cluster approved the item; a publication dated before it was not pre-approved.</summary>
    public required LocalDate ApprovedOn { get; init; }
}
