namespace Registry.Core.Works;

public sealed record WorkContent(Stream Stream, string FileName, long? Size);
