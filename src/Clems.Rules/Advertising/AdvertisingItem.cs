using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Advertising;

/// <summary>A member's product or service advertised through the cluster's channels (S14), with its requested publication.</summary>
/// <remarks>
/// An item may be published only with an <see cref="AdvertisingApproval"/> of that very item: one that names its id,
/// carries the SHA-256 of its current <see cref="Content"/> (editing the content voids the approval), its
/// <see cref="Channel"/>, and a validity interval that contains the publication date.
/// </remarks>
public sealed class AdvertisingItem
{
    private readonly string _content = "";
    private readonly string _channel = "";

    /// <summary>The identifier, unique across the snapshot.</summary>
    public required AdvertisingItemId Id { get; init; }

    /// <summary>The member organisation that advertises (G10: an active member).</summary>
    public required OrganizationId Member { get; init; }

    /// <summary>The text to publish, exactly as it will appear; its SHA-256 (UTF-8, lower-case hex) binds approvals.</summary>
    /// <exception cref="System.ArgumentException">The content is blank.</exception>
    public required string Content
    {
        get => _content;
        init => _content = string.IsNullOrWhiteSpace(value) ? throw new System.ArgumentException("An advertising item's content must not be blank; give the text to publish.", nameof(value)) : value;
    }

    /// <summary>The channel to publish on (e.g. <c>newsletter</c>, <c>website</c>), compared ordinally.</summary>
    /// <exception cref="System.ArgumentException">The channel is empty, longer than 200 characters or padded with white space.</exception>
    public required string Channel { get => _channel; init => _channel = Identifier.Check(value, "channel"); }

    /// <summary>The instant the member wants the item published.</summary>
    public required Instant PublishAt { get; init; }

    /// <summary>The lower-case hexadecimal SHA-256 of <see cref="Content"/> in UTF-8 (64 characters).</summary>
    public string ContentSha256 => ContentHash.Sha256Hex(_content);
}
