using Registry.Core.Fingerprints.Perceptual;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

/// <summary>Hashes the generated images and every derived copy once for all the recall tests.</summary>
public sealed class ImageRecallFixture
{
    public ImageRecallFixture()
    {
        var fingerprinter = new ImageFingerprinter();
        var originals = new IReadOnlyList<ulong>[TestImages.Count];
        var copies = ImageVariant.All.ToDictionary(v => v.Name, _ => new IReadOnlyList<ulong>[TestImages.Count]);
        Parallel.For(0, TestImages.Count, i =>
        {
            using var image = TestImages.Create(i);
            originals[i] = fingerprinter.ComputeWithProbes(ImageVariant.Png(image));
            foreach (var variant in ImageVariant.All)
                copies[variant.Name][i] = fingerprinter.ComputeWithProbes(variant.Derive(image));
        });
        Originals = originals;
        Copies = copies;
    }

    /// <summary>Each original's registered hash first, then its lookup probes.</summary>
    public IReadOnlyList<IReadOnlyList<ulong>> Originals { get; }

    /// <summary>Each copy's registered hash first, then its lookup probes, by variant, in the order of the originals.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ulong>[]> Copies { get; }

    /// <summary>How far a lookup with <paramref name="probes"/> finds <paramref name="registered"/>: the nearest probe.</summary>
    public static int LookupDistance(IReadOnlyList<ulong> probes, ulong registered) => probes.Min(p => Hamming.Distance(p, registered));
}
