using System;
using System.Security.Cryptography;
using System.Text;

namespace Clems.Rules.Advertising;

/// The SHA-256 that binds an advertising approval to an item's content (S14): UTF-8 bytes, lower-case hex.
internal static class ContentHash
{
    internal static string Sha256Hex(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    internal static bool IsSha256Hex(string? value)
    {
        if (value is null || value.Length != 64)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }

    /// The first 12 hex digits, enough for a person to see two hashes differ.
    internal static string Short(string hex) => hex[..12];
}
