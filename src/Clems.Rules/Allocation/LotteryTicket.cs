using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Clems.Rules.Utility;

namespace Clems.Rules.Allocation;

/// <summary>The verifiable lottery draw that ends every tie of an internal competition (G1, G16).</summary>
/// <remarks>
/// A ticket is the first 8 bytes, read big-endian, of SHA-256 over the UTF-8 text
/// <c>"clems-rules/lottery/v1\n" + seed + "\n" + scope + "\n" + memberId</c>. The scope is empty for one ticket per member
/// across the cluster, a project id for one ticket per project, or <c>executive</c> for G12's draw between tied
/// runnable initiatives (the initiative id in place of the member id). A lower ticket ranks higher. Anyone can recompute a
/// ticket with standard tools:
/// <code>printf 'clems-rules/lottery/v1\n%s\n%s\n%s' "$SEED" "$SCOPE" "$MEMBER" | sha256sum | cut -c1-16</code>
/// The seed is published after the inputs and the competition rules are frozen, so nobody can pick rules with the
/// draw in view; changing one member's id or adding a member changes no other member's ticket.
/// </remarks>
public static class LotteryTicket
{
    /// <summary>The fixed prefix of every ticket's hashed text, versioning the draw.</summary>
    public const string Prefix = "clems-rules/lottery/v1\n";

    /// <summary>Draws the ticket of a member.</summary>
    /// <param name="seed">The published seed.</param>
    /// <param name="scope">Empty for one ticket per member, the project id for one ticket per project, or <c>executive</c>
    /// for G12's draw between initiatives.</param>
    /// <param name="memberId">The member organisation's id.</param>
    /// <returns>The ticket; lower ranks higher.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The seed or the member id is empty.</exception>
    public static ulong Draw(string seed, string scope, string memberId)
    {
        Preconditions.CheckNotNull(scope);
        Preconditions.CheckArgument(!string.IsNullOrEmpty(Preconditions.CheckNotNull(seed)), nameof(seed), "The lottery seed is empty; publish a seed before the draw.");
        Preconditions.CheckArgument(!string.IsNullOrEmpty(Preconditions.CheckNotNull(memberId)), nameof(memberId), "The member id is empty.");
        // The hashed text is assembled in one buffer (on the stack when small): a draw runs once per interest.
        var length = Encoding.UTF8.GetByteCount(Prefix) + Encoding.UTF8.GetByteCount(seed) + Encoding.UTF8.GetByteCount(scope)
            + Encoding.UTF8.GetByteCount(memberId) + 2;
        var rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var text = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        var at = Encoding.UTF8.GetBytes(Prefix, text);
        at += Encoding.UTF8.GetBytes(seed, text[at..]);
        text[at++] = (byte)'\n';
        at += Encoding.UTF8.GetBytes(scope, text[at..]);
        text[at++] = (byte)'\n';
        Encoding.UTF8.GetBytes(memberId, text[at..]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text, hash);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }

    /// <summary>Formats a ticket as the 16 lower-case hexadecimal digits that <c>sha256sum</c> prints first.</summary>
    /// <param name="ticket">The ticket.</param>
    /// <returns>The hexadecimal text.</returns>
    public static string ToHex(ulong ticket) => ticket.ToString("x16", CultureInfo.InvariantCulture);
}
