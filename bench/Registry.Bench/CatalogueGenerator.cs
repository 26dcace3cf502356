using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Registry.Core.Fingerprints;
using Registry.Core.Persistence;
using Registry.Core.Works;

namespace Registry.Bench;

/// <summary>
/// Writes a read model of <c>count</c> works into a SQLite file: titles, descriptions and tags drawn (skewed, so
/// some words are common and most are rare) from English and Chinese word lists with a seeded generator, random
/// 64-bit fingerprints (80 % images, 20 % text). Rows go in through one prepared command in large transactions with
/// the full-text triggers and the CJK index dropped; the FTS5 trigram index is then rebuilt in one go, and
/// <see cref="DatabaseInitializer"/> puts the triggers back and makes and fills the CJK index, as it does for a
/// database made before that index existed.
/// </summary>
internal sealed class CatalogueGenerator(int count, int seed)
{
    private const int RowsPerTransaction = 100_000;
    private static readonly DateTimeOffsetToBinaryConverter Time = new();

    private readonly Random _random = new(seed);

    public CatalogueFingerprints Catalogue { get; } = new(count);

    public async Task<(TimeSpan Insert, TimeSpan FullTextRebuild, TimeSpan CjkIndex)> WriteAsync(IDbContextFactory<RegistryDbContext> factory)
    {
        await using (var db = await factory.CreateDbContextAsync())
        {
            await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);
            foreach (var drop in new[] { "DROP TRIGGER Works_ai", "DROP TRIGGER WorksCjk_ai", "DROP TRIGGER WorksCjk_ad", "DROP TRIGGER WorksCjk_au", "DROP TABLE WorksCjkFts" })
                await db.Database.ExecuteSqlRawAsync(drop);
        }

        var insert = Stopwatch.StartNew();
        await using var connection = new SqliteConnection(ConnectionString(factory));
        await connection.OpenAsync();
        await Execute(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO Works (WorkId, ContentHash, Cid, MetadataCid, Fingerprint, FingerprintKind, Creator, Owner, Split, BlockNumber,
              TransactionHash, RegisteredAt, MetadataStatus, Title, Description, Kind, Tags, FileName, Size, Published)
            VALUES ($id, $hash, $cid, NULL, $fp, $fpKind, $creator, $creator, $split, $id, $tx, $at, 'Resolved', $title, $description, $kind, $tags, $file, $size, 1)
            """;
        var parameters = new[] { "$id", "$hash", "$cid", "$fp", "$fpKind", "$creator", "$split", "$tx", "$at", "$title", "$description", "$kind", "$tags", "$file", "$size" }
            .Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name })).ToArray();
        var creators = Enumerable.Range(0, 5_000).Select(_ => "0x" + Convert.ToHexStringLower(RandomBytes(20))).ToArray();
        var start = DateTimeOffset.UnixEpoch.AddYears(55);

        for (var first = 1; first <= count; first += RowsPerTransaction)
        {
            await using var transaction = connection.BeginTransaction();
            command.Transaction = transaction;
            if (first == 1) command.Prepare();
            for (var id = first; id < first + RowsPerTransaction && id <= count; id++)
            {
                var digest = RandomBytes(32);
                var fingerprint = (ulong)_random.NextInt64() ^ (ulong)_random.Next(2) << 63;
                var kind = _random.Next(5) == 0 ? FingerprintKind.Text : FingerprintKind.Image;
                Catalogue.Fingerprints[id - 1] = fingerprint;
                Catalogue.Kinds[id - 1] = kind;
                var creator = creators[_random.Next(creators.Length)];
                parameters[0].Value = id;
                parameters[1].Value = Convert.ToHexStringLower(digest);
                parameters[2].Value = Cid.Raw(digest).ToString();
                parameters[3].Value = unchecked((long)fingerprint);
                parameters[4].Value = kind.ToString();
                parameters[5].Value = creator;
                parameters[6].Value = creator + ":10000";
                parameters[7].Value = "0x" + Convert.ToHexStringLower(RandomBytes(32));
                parameters[8].Value = Time.ConvertToProvider(start.AddSeconds(id * 13L))!;
                parameters[9].Value = Title();
                parameters[10].Value = Description();
                parameters[11].Value = (kind == FingerprintKind.Text ? WorkKind.Text : WorkKind.Image).ToString();
                parameters[12].Value = string.Join(", ", Enumerable.Range(0, 1 + _random.Next(4)).Select(_ => Pick(CatalogueWords.Tags)).Distinct());
                parameters[13].Value = kind == FingerprintKind.Text ? $"work-{id}.md" : $"work-{id}.jpg";
                parameters[14].Value = 1_000 + _random.Next(5_000_000);
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }
        insert.Stop();

        var rebuild = Stopwatch.StartNew();
        await Execute(connection, "INSERT INTO WorksFts(WorksFts) VALUES('rebuild')");
        rebuild.Stop();
        var cjk = Stopwatch.StartNew();
        await using (var db = await factory.CreateDbContextAsync())
            await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);
        cjk.Stop();
        await Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
        return (insert.Elapsed, rebuild.Elapsed, cjk.Elapsed);
    }

    /// <summary>A skewed pick: the first words of a list come up far more often than the last (the first word about 10 times as often as the average).</summary>
    private string Pick(string[] words) => words[(int)(words.Length * Math.Pow(_random.NextDouble(), 1.7))];

    private string Title()
    {
        var title = new StringBuilder();
        if (_random.Next(3) == 0)
        {
            // Chinese titles, as written: no spaces between words.
            for (var i = 2 + _random.Next(3); i > 0; i--)
                title.Append(_random.Next(4) == 0 ? Pick(CatalogueWords.ChineseThree) : Pick(CatalogueWords.ChineseTwo));
            return title.ToString();
        }
        for (var i = 2 + _random.Next(4); i > 0; i--)
            title.Append(title.Length == 0 ? "" : " ").Append(Pick(CatalogueWords.English));
        return title.ToString();
    }

    private string Description()
    {
        var text = new StringBuilder(CatalogueWords.Rare[_random.Next(CatalogueWords.Rare.Length)]);
        for (var i = 6 + _random.Next(14); i > 0; i--)
        {
            if (_random.Next(4) == 0) text.Append(_random.Next(3) == 0 ? Pick(CatalogueWords.ChineseThree) : Pick(CatalogueWords.ChineseTwo));
            else text.Append(text.Length == 0 ? "" : " ").Append(Pick(CatalogueWords.English));
        }
        return text.ToString();
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static string ConnectionString(IDbContextFactory<RegistryDbContext> factory)
    {
        using var db = factory.CreateDbContext();
        return db.Database.GetConnectionString()!;
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
