using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Allocation;

/// <summary>
/// The published commitment to a competition round's lottery seed (G16): the SHA-256 of the seed's UTF-8 text, made
/// public before the round froze, so that the seed revealed afterwards can be checked against it.
/// </summary>
public sealed record SeedCommitment
{
    /// <summary>Creates a seed commitment.</summary>
    /// <param name="sha256">The SHA-256 of the seed's UTF-8 text, 64 lower-case hex digits.</param>
    /// <param name="publishedAt">When the commitment was published; it must be before the round's freeze.</param>
    /// <exception cref="System.ArgumentException"><paramref name="sha256"/> is not 64 lower-case hex digits.</exception>
    public SeedCommitment(string sha256, Instant publishedAt)
    {
        Preconditions.CheckArgument(CheckSha256(sha256, nameof(sha256)));
        Sha256 = sha256;
        PublishedAt = publishedAt;
    }

    /// <summary>The SHA-256 of the seed's UTF-8 text, 64 lower-case hex digits.</summary>
    public string Sha256 { get; }

    /// <summary>When the commitment was published.</summary>
    public Instant PublishedAt { get; }

    /// <summary>The SHA-256 a seed commitment expects for a seed: of its UTF-8 text, lower-case hex.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>64 lower-case hex digits.</returns>
    public static string Of(string seed) => Sha256Text.Hex(Preconditions.CheckNotNull(seed));

    /// <summary>The problem with a seed commitment's hash, or <see langword="null"/> when it is 64 lower-case hex digits.</summary>
    /// <param name="sha256">The hash to check.</param>
    /// <param name="path">Where the hash is, for the problem.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static ValidationProblem? CheckSha256(string? sha256, string path)
        => Sha256Text.IsHex(sha256)
            ? null
            : new ValidationProblem(path, AllocationProblems.InvalidSha256, $"'{sha256}' is not a SHA-256: write 64 lower-case hex digits (printf '%s' \"$seed\" | sha256sum).");
}
