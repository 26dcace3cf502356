using System.Numerics;

namespace Registry.Core.Fingerprints.Perceptual;

public static class Hamming
{
    /// <summary>The number of bits in which two 64-bit fingerprints differ (0 = same, 64 = opposite).</summary>
    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);
}
