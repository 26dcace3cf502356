namespace Registry.Tests.Core.Fingerprints;

/// <summary>One entry of TestData/cid-vectors.json, made by scripts/make-cid-vectors.mjs with the reference importer.</summary>
public sealed record CidVector(long Size, string Generator, string? Text, string Cid, string Sha256)
{
    public override string ToString() => Generator == "utf8" ? $"utf8 '{Text}'" : $"{Generator} {Size} bytes";
}
