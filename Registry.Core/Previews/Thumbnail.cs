namespace Registry.Core.Previews;

/// <summary>A small JPEG of an image work, <see cref="Width"/> × <see cref="Height"/> pixels.</summary>
public sealed record Thumbnail(byte[] Jpeg, int Width, int Height)
{
    public const string ContentType = "image/jpeg";
}
