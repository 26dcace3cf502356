using System.Buffers;

namespace Registry.Core.Fingerprints;

/// <summary>SHA-256 digests as text: 64 hex digits.</summary>
public static class Sha256Hex
{
    private const int DigestLength = 32;

    /// <summary>Lower-case hex, no 0x prefix.</summary>
    public static string Format(ReadOnlySpan<byte> hash)
    {
        if (hash.Length != DigestLength)
            throw new ArgumentException("A SHA-256 digest has 32 bytes.", nameof(hash));
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Reads exactly 64 hex digits (either case), optionally prefixed with 0x, ignoring surrounding white space.</summary>
    public static bool TryParse(string? text, out byte[] hash)
    {
        hash = [];
        var digits = text.AsSpan().Trim();
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            digits = digits[2..];
        if (digits.Length != DigestLength * 2)
            return false;

        var bytes = new byte[DigestLength];
        if (Convert.FromHexString(digits, bytes, out _, out var written) != OperationStatus.Done || written != DigestLength)
            return false;
        hash = bytes;
        return true;
    }
}
