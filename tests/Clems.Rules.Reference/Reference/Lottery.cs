using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Clems.Rules.Reference.Clauses;

/// G16's published draw: the first 8 bytes, big-endian, of SHA-256 over
/// "clems-rules/lottery/v1\n" + seed + "\n" + scope + "\n" + memberId (UTF-8).
internal static class Lottery
{
    public static ulong Ticket(string seed, string scope, string member)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("clems-rules/lottery/v1\n" + seed + "\n" + scope + "\n" + member));
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
