namespace Registry.Core.Search;

/// <summary>A registered work whose fingerprint differs from the one looked up in <paramref name="Distance"/> bits (Hamming distance, 0–64).</summary>
public readonly record struct SimilarWork(long WorkId, int Distance);
