using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Registry.Core.Search;

/// <summary>
/// Hands every fingerprint within the collector's distance of the query to the collector. The scalar path uses the
/// POPCNT instruction; the AVX2 path counts bits of four fingerprints at once (nibble lookup with VPSHUFB, bytes
/// summed with VPSADBW) and falls back to the scalar check only for the rare blocks holding a hit.
/// </summary>
internal static class HammingScan
{
    public static bool CanVectorise => Avx2.IsSupported;

    public static void Scan(ReadOnlySpan<ulong> fingerprints, ReadOnlySpan<uint> workIds, ulong query, NearestCollector collector, bool vectorise)
    {
        if (vectorise && CanVectorise) ScanAvx2(fingerprints, workIds, query, collector);
        else ScanScalar(fingerprints, workIds, query, collector, 0);
    }

    // Hot loops with nothing for profile-guided tiering to learn: compiled fully optimised from the first call.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ScanScalar(ReadOnlySpan<ulong> fingerprints, ReadOnlySpan<uint> workIds, ulong query, NearestCollector collector, int start)
    {
        var max = collector.MaxDistance;
        for (var i = start; i < fingerprints.Length; i++)
        {
            var distance = BitOperations.PopCount(fingerprints[i] ^ query);
            if (distance > max) continue;
            collector.Add(workIds[i], distance);
            max = collector.MaxDistance;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScanAvx2(ReadOnlySpan<ulong> fingerprints, ReadOnlySpan<uint> workIds, ulong query, NearestCollector collector)
    {
        const int Block = 8;
        var bitsPerNibble = Vector256.Create((byte)0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
        var queryVector = Vector256.Create(query);
        var threshold = Vector256.Create((long)collector.MaxDistance);
        ref var first = ref MemoryMarshal.GetReference(fingerprints);
        var i = 0;
        for (; i <= fingerprints.Length - Block; i += Block)
        {
            var a = Distances(Vector256.LoadUnsafe(ref first, (nuint)i) ^ queryVector, bitsPerNibble);
            var b = Distances(Vector256.LoadUnsafe(ref first, (nuint)(i + 4)) ^ queryVector, bitsPerNibble);
            var near = Vector256.LessThanOrEqual(a, threshold) | Vector256.LessThanOrEqual(b, threshold);
            if (near == Vector256<long>.Zero) continue;
            CollectBlock(fingerprints.Slice(i, Block), workIds.Slice(i, Block), query, collector);
            threshold = Vector256.Create((long)collector.MaxDistance);
        }
        ScanScalar(fingerprints, workIds, query, collector, i);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<long> Distances(Vector256<ulong> difference, Vector256<byte> bitsPerNibble)
    {
        var bytes = difference.AsByte();
        var lowNibbles = bytes & Vector256.Create((byte)0x0F);
        var highNibbles = Vector256.ShiftRightLogical(difference.AsUInt16(), 4).AsByte() & Vector256.Create((byte)0x0F);
        var bitsPerByte = Avx2.Shuffle(bitsPerNibble, lowNibbles) + Avx2.Shuffle(bitsPerNibble, highNibbles);
        return Avx2.SumAbsoluteDifferences(bitsPerByte, Vector256<byte>.Zero).AsInt64();
    }

    private static void CollectBlock(ReadOnlySpan<ulong> fingerprints, ReadOnlySpan<uint> workIds, ulong query, NearestCollector collector)
    {
        for (var j = 0; j < fingerprints.Length; j++)
        {
            var distance = BitOperations.PopCount(fingerprints[j] ^ query);
            if (distance <= collector.MaxDistance) collector.Add(workIds[j], distance);
        }
    }
}
