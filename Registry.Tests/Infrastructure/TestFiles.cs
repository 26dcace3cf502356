namespace Registry.Tests.Infrastructure;

public static class TestFiles
{
    /// <summary>Bytes no other test produces, so that each registration is new content.</summary>
    public static byte[] Unique(int size = 4096)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        Guid.NewGuid().TryWriteBytes(bytes);
        return bytes;
    }

    public static string Write(TempDirectory folder, string name, byte[] content)
    {
        var path = folder.Combine(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>A file of <paramref name="size"/> random bytes written in pieces, never held whole in memory.</summary>
    public static string WriteLarge(TempDirectory folder, string name, long size)
    {
        var path = folder.Combine(name);
        using var file = File.Create(path);
        var buffer = new byte[1 << 20];
        for (long written = 0; written < size; written += buffer.Length)
        {
            Random.Shared.NextBytes(buffer);
            file.Write(buffer, 0, (int)Math.Min(buffer.Length, size - written));
        }
        return path;
    }
}
