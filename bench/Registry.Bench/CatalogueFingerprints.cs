using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Bench;

/// <summary>Fingerprint and kind of every work of a generated catalogue, by work id − 1 (the bench plants its near-duplicate queries near them).</summary>
internal sealed class CatalogueFingerprints(int count)
{
    public ulong[] Fingerprints { get; } = new ulong[count];

    public FingerprintKind[] Kinds { get; } = new FingerprintKind[count];

    /// <summary>Reads them back from a catalogue written earlier, which must hold exactly the works 1…<paramref name="count"/>.</summary>
    public static async Task<CatalogueFingerprints> ReadAsync(IDbContextFactory<RegistryDbContext> factory, int count)
    {
        var catalogue = new CatalogueFingerprints(count);
        await using var db = await factory.CreateDbContextAsync();
        var read = 0;
        await foreach (var work in db.Works.AsNoTracking().OrderBy(w => w.WorkId)
            .Select(w => new { w.WorkId, w.Fingerprint, w.FingerprintKind }).AsAsyncEnumerable())
        {
            if (work.WorkId != read + 1 || read == count || work.FingerprintKind is not { } kind)
                throw new InvalidOperationException($"The kept database is not a generated catalogue of {count:N0} works; delete it to generate a new one.");
            catalogue.Fingerprints[read] = unchecked((ulong)work.Fingerprint);
            catalogue.Kinds[read++] = kind;
        }
        if (read != count)
            throw new InvalidOperationException($"The kept database holds {read:N0} works, not {count:N0}; delete it to generate a new one.");
        return catalogue;
    }
}
