using System.Buffers;

namespace Registry.Core.Fingerprints.Perceptual;

/// <summary>
/// Detects the kind of content from its bytes and computes its perceptual fingerprint: a pHash for images, a
/// one-bit MinHash of the words for text, none for anything else.
/// </summary>
public sealed class PerceptualFingerprinter(PerceptualFingerprintOptions options)
{
    private readonly ImageFingerprinter _images = new(options.MaxImagePixels);

    public PerceptualFingerprinter()
        : this(new PerceptualFingerprintOptions())
    {
    }

    public static string TooLongImageMessage(int maxBytes) =>
        $"The image file is longer than the {maxBytes:N0} bytes allowed for a fingerprint.";

    /// <summary>Reads <paramref name="content"/> from its current position: only the head for other kinds, the
    /// first <see cref="PerceptualFingerprintOptions.MaxTextBytes"/> of a text, the whole of an image.</summary>
    /// <exception cref="UnreadableContentException">An image or text that cannot be read; the message says why.</exception>
    public async Task<PerceptualFingerprint> ComputeAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var head = new byte[ContentKindDetector.HeadLength];
        var headLength = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        var kind = ContentKindDetector.Detect(head.AsSpan(0, headLength));

        if (kind == DetectedKind.Text)
        {
            var (text, truncated) = await ReadUpToAsync(content, head.AsMemory(0, headLength), options.MaxTextBytes, cancellationToken);
            return new PerceptualFingerprint(kind, TextFingerprinter.Compute(text.Span, truncated));
        }
        if (kind.IsImage())
        {
            var (image, truncated) = await ReadUpToAsync(content, head.AsMemory(0, headLength), options.MaxImageBytes, cancellationToken);
            if (truncated)
                throw new UnreadableContentException(TooLongImageMessage(options.MaxImageBytes));
            var hashes = _images.ComputeWithProbes(image);
            return new PerceptualFingerprint(kind, hashes[0]) { Probes = hashes };
        }
        return new PerceptualFingerprint(kind, null);
    }

    /// <returns>The head and what follows it up to <paramref name="limit"/> bytes, and whether more was left unread.</returns>
    private static async Task<(ReadOnlyMemory<byte> Bytes, bool Truncated)> ReadUpToAsync(
        Stream content, ReadOnlyMemory<byte> head, int limit, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(head.Length, 64 << 10));
        buffer.Write(head.Span[..Math.Min(head.Length, limit)]);
        if (head.Length > limit)
            return (buffer.WrittenMemory, true);
        while (buffer.WrittenCount < limit)
        {
            var want = Math.Min(64 << 10, limit - buffer.WrittenCount);
            var read = await content.ReadAsync(buffer.GetMemory(want)[..want], cancellationToken);
            if (read == 0)
                return (buffer.WrittenMemory, false);
            buffer.Advance(read);
        }
        var probe = new byte[1];
        var more = await content.ReadAsync(probe, cancellationToken) > 0;
        return (buffer.WrittenMemory, more);
    }
}
