using System.Buffers.Binary;

namespace Registry.Tests.Core.Fingerprints.Perceptual;

/// <summary>Image files built byte by byte, to declare sizes no encoder would write.</summary>
internal static class HandMadeImages
{
    /// <summary>A PNG whose header declares the given size (8-bit greyscale), with one tiny IDAT and an IEND.</summary>
    public static byte[] Png(uint width, uint height)
    {
        var file = new List<byte>([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(0), width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), compression, filter, interlace all 0
        AddChunk(file, "IHDR", header);
        AddChunk(file, "IDAT", [0x78, 0x9C, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01]);
        AddChunk(file, "IEND", []);
        return file.ToArray();
    }

    /// <summary>A GIF89a whose logical screen and single frame declare the given size.</summary>
    public static byte[] Gif(ushort width, ushort height)
    {
        var file = new List<byte>("GIF89a"u8.ToArray());
        AddLittleEndian(file, width, height);
        file.AddRange([0x80, 0x00, 0x00, 0, 0, 0, 255, 255, 255]); // global table of two colours
        file.Add(0x2C);
        AddLittleEndian(file, 0, 0, width, height);
        file.AddRange([0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3B]);
        return file.ToArray();
    }

    private static void AddLittleEndian(List<byte> file, params ushort[] values)
    {
        foreach (var value in values)
            file.AddRange([(byte)value, (byte)(value >> 8)]);
    }

    private static void AddChunk(List<byte> file, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        file.AddRange(length);
        var typeAndData = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        file.AddRange(typeAndData);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        file.AddRange(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
