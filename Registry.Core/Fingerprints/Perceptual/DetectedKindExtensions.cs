namespace Registry.Core.Fingerprints.Perceptual;

public static class DetectedKindExtensions
{
    public static bool IsImage(this DetectedKind kind) =>
        kind is DetectedKind.Jpeg or DetectedKind.Png or DetectedKind.Gif or DetectedKind.WebP or DetectedKind.Bmp;
}
