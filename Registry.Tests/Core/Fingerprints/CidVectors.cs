using System.Text;
using System.Text.Json;

namespace Registry.Tests.Core.Fingerprints;

/// <summary>Loads the reference CID vectors and rebuilds the content each one was computed over.</summary>
public static class CidVectors
{
    private static readonly Lazy<IReadOnlyList<CidVector>> All = new(Load);
    private static readonly Lazy<byte[]> LongestXorshift = new(() =>
        Xorshift32Bytes(checked((int)All.Value.Where(v => v.Generator == "xorshift32").Max(v => v.Size))));

    public static TheoryData<string> Names => [.. All.Value.Select(v => v.ToString())];

    public static CidVector Get(string name) => All.Value.Single(v => v.ToString() == name);

    /// <summary>The content of the vector, as an array segment that must not be written to.</summary>
    public static ArraySegment<byte> ContentOf(CidVector vector) => vector.Generator switch
    {
        "utf8" => Encoding.UTF8.GetBytes(vector.Text!),
        "xorshift32" => new ArraySegment<byte>(LongestXorshift.Value, 0, checked((int)vector.Size)),
        _ => throw new InvalidOperationException($"Unknown generator '{vector.Generator}'."),
    };

    /// <summary>xorshift32 (13, 17, 5) seeded with 0x9E3779B9, each new state appended as 4 little-endian bytes.</summary>
    public static byte[] Xorshift32Bytes(int size)
    {
        var bytes = new byte[size];
        var x = 0x9E3779B9u;
        Span<byte> word = stackalloc byte[4];
        for (var i = 0; i < size; i += 4)
        {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(word, x);
            word[..Math.Min(4, size - i)].CopyTo(bytes.AsSpan(i));
        }
        return bytes;
    }

    private static IReadOnlyList<CidVector> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "cid-vectors.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("vectors").EnumerateArray()
            .Select(v => new CidVector(
                v.GetProperty("size").GetInt64(),
                v.GetProperty("generator").GetString()!,
                v.TryGetProperty("text", out var text) ? text.GetString() : null,
                v.GetProperty("cid").GetString()!,
                v.GetProperty("sha256").GetString()!))
            .ToList();
    }
}
