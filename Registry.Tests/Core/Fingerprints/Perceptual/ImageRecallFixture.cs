using Registry.Core.Fingerprints.Perceptual;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

/// <summary>Hashes the generated images and every derived copy once for all the recall tests.</summary>
public sealed class ImageRecallFixture
{
    public ImageRecallFixture()
    {
        var fingerprinter = new ImageFingerprinter();
        var originals = new ulong[TestImages.Count];
        var copies = ImageVariant.All.ToDictionary(v => v.Name, _ => new ulong[TestImages.Count]);
        Parallel.For(0, TestImages.Count, i =>
        {
            using var image = TestImages.Create(i);
            originals[i] = fingerprinter.Compute(ImageVariant.Png(image));
            foreach (var variant in ImageVariant.All)
                copies[variant.Name][i] = fingerprinter.Compute(variant.Derive(image));
        });
        Originals = originals;
        Copies = copies;
    }

    public IReadOnlyList<ulong> Originals { get; }

    public IReadOnlyDictionary<string, ulong[]> Copies { get; }
}
