using SimpleBase;

namespace Registry.Core.Fingerprints;

/// <summary>
/// A content identifier (CID) with a SHA2-256 multihash, as IPFS prints it. We always produce CIDv1 in base32
/// (<c>bafk…</c> for a raw leaf, <c>bafy…</c> for a dag-pb root); we also read base58btc CIDv1 (<c>z…</c>)
/// and CIDv0 (<c>Qm…</c>, always dag-pb), turning them into the equivalent CIDv1.
/// </summary>
public sealed class Cid : IEquatable<Cid>
{
    public const ulong RawCodec = 0x55;
    public const ulong DagPbCodec = 0x70;
    private const byte Sha256Code = 0x12;
    private const byte Sha256Length = 32;

    private readonly byte[] _bytes;

    private Cid(ulong codec, ReadOnlySpan<byte> digest)
    {
        Codec = codec;
        _bytes = [0x01, (byte)codec, Sha256Code, Sha256Length, .. digest];
    }

    public ulong Codec { get; }

    /// <summary>The SHA2-256 digest inside the multihash.</summary>
    public ReadOnlySpan<byte> Digest => _bytes.AsSpan(4);

    /// <summary>The binary CIDv1: version, codec, multihash. 36 bytes for every CID we make.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    public static Cid Raw(ReadOnlySpan<byte> sha256) => Create(RawCodec, sha256);

    public static Cid DagPb(ReadOnlySpan<byte> sha256) => Create(DagPbCodec, sha256);

    public static Cid FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 34 && bytes[0] == Sha256Code && bytes[1] == Sha256Length)
            return DagPb(bytes[2..]);
        if (bytes.Length != 36 || bytes[0] != 0x01 || bytes[2] != Sha256Code || bytes[3] != Sha256Length)
            throw new FormatException("Not a CID with a SHA2-256 multihash.");
        if (bytes[1] != RawCodec && bytes[1] != DagPbCodec)
            throw new FormatException($"Unsupported CID codec 0x{bytes[1]:x2}: only raw and dag-pb are used for content.");
        return Create(bytes[1], bytes[4..]);
    }

    public static Cid Parse(string text) =>
        TryParse(text, out var cid) ? cid : throw new FormatException($"'{text}' is not a valid CID.");

    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Cid? cid)
    {
        cid = null;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 128) return false;
        try
        {
            byte[] bytes = text switch
            {
                ['Q', 'm', ..] when text.Length == 46 => Base58.Bitcoin.Decode(text),
                ['b', .. var rest] => Base32.Rfc4648.Decode(rest.ToUpperInvariant()),
                ['z', .. var rest] => Base58.Bitcoin.Decode(rest),
                _ => [],
            };
            if (bytes.Length == 0) return false;
            // Only a bare Qm… string is a CIDv0; behind a multibase prefix there must be a CIDv1.
            if (text[0] != 'Q' && bytes[0] != 0x01) return false;
            var parsed = FromBytes(bytes);
            // Base32 can carry spare trailing bits; accept only the one spelling that encoders write.
            if (text[0] == 'b' && !string.Equals(parsed.ToString(), text, StringComparison.OrdinalIgnoreCase)) return false;
            cid = parsed;
            return true;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Multibase base32, lower case, no padding: the form Kubo prints with <c>--cid-version=1</c>.</summary>
    public override string ToString() => "b" + Base32.Rfc4648.Encode(_bytes, padding: false).ToLowerInvariant();

    public bool Equals(Cid? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    public override bool Equals(object? obj) => Equals(obj as Cid);

    public override int GetHashCode() => BitConverter.ToInt32(_bytes, 4);

    private static Cid Create(ulong codec, ReadOnlySpan<byte> digest)
    {
        if (digest.Length != Sha256Length)
            throw new ArgumentException("A SHA2-256 digest has 32 bytes.", nameof(digest));
        return new Cid(codec, digest);
    }
}
