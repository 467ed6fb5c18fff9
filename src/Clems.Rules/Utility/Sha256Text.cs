using System;
using System.Security.Cryptography;
using System.Text;

namespace Clems.Rules.Utility;

/// SHA-256 of UTF-8 text as lower-case hex, the form every hash of the library is published in.
internal static class Sha256Text
{
    internal static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    internal static bool IsHex(string? value)
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
}
