namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// A 64-bit hash that is the same on every machine and every run (unlike string.GetHashCode): FNV-1a over the
/// UTF-16 code units, then the SplitMix64 finaliser so that every output bit depends on every input bit.
/// </summary>
public static class StableHash64
{
    private const ulong FnvOffsetBasis = 0xCBF29CE484222325;
    private const ulong FnvPrime = 0x100000001B3;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = FnvOffsetBasis;
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * FnvPrime;
            hash = (hash ^ (byte)(c >> 8)) * FnvPrime;
        }
        return Mix(hash);
    }

    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9;
        x ^= x >> 27;
        x *= 0x94D049BB133111EB;
        x ^= x >> 31;
        return x;
    }
}
