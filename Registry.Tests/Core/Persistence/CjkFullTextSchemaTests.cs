using Microsoft.EntityFrameworkCore;
using Registry.Core.Persistence;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Persistence;

/// <summary>The CJK index's triggers and its filling on databases made before it.</summary>
public sealed class CjkFullTextSchemaTests : IAsyncLifetime
{
    private ReadModelDatabase _db = default!;

    public async Task InitializeAsync() => _db = await ReadModelDatabase.CreateAsync();

    [Fact]
    public async Task InsertingAWork_IndexesEachCjkCharacterAndEachPairOfThem()
    {
        await _db.AddAsync(ReadModelDatabase.Work(1, "古典音乐 concert", "한국 음악", "夜市, ねこ"));

        foreach (var term in new[] { "古", "古典", "典音", "音乐", "乐", "음악", "한국", "夜市", "ねこ", "ね" })
            Assert.Equal([1L], await MatchAsync(term));
        // Not across a space, a comma or a change of field.
        foreach (var term in new[] { "乐c", "국음", "市ね", "乐한" })
            Assert.Empty(await MatchAsync(term));
    }

    [Fact]
    public async Task InsertingAWorkWithoutCjkText_AddsNothing()
    {
        await _db.AddAsync(ReadModelDatabase.Work(1, "Harbour at dawn", "Café crème", "sea"));

        await using var db = await _db.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT COUNT(*) AS Value FROM WorksCjkFts_docsize").SingleAsync());
    }

    [Fact]
    public async Task ChangingAndDeletingAWork_UpdatesTheIndex()
    {
        await _db.AddAsync(ReadModelDatabase.Work(1, "音乐"), ReadModelDatabase.Work(2, "音乐会"));

        await using (var db = await _db.Factory.CreateDbContextAsync())
        {
            var work = await db.Works.SingleAsync(w => w.WorkId == 1);
            work.Title = "夜市";
            db.Works.Remove(await db.Works.SingleAsync(w => w.WorkId == 2));
            await db.SaveChangesAsync();
        }

        Assert.Empty(await MatchAsync("音乐"));
        Assert.Equal([1L], await MatchAsync("夜市"));
    }

    [Fact]
    public async Task InitializeAsync_OnADatabaseFromBeforeTheCjkIndex_MakesAndFillsIt()
    {
        await _db.AddAsync(ReadModelDatabase.Work(1, "古典音乐"), ReadModelDatabase.Work(2, "Harbour"));
        await using (var db = await _db.Factory.CreateDbContextAsync())
            foreach (var drop in new[] { "DROP TRIGGER WorksCjk_ai", "DROP TRIGGER WorksCjk_ad", "DROP TRIGGER WorksCjk_au", "DROP TABLE WorksCjkFts", "DROP VIEW WorksCjkTerms" })
                await db.Database.ExecuteSqlRawAsync(drop);

        await using (var db = await _db.Factory.CreateDbContextAsync())
            await DatabaseInitializer.InitializeAsync(db, CancellationToken.None);
        await _db.AddAsync(ReadModelDatabase.Work(3, "新的音乐"));

        Assert.Equal([1L, 3L], await MatchAsync("音乐"));
    }

    private async Task<List<long>> MatchAsync(string term)
    {
        await using var db = await _db.Factory.CreateDbContextAsync();
        return await db.Database.SqlQuery<long>($"SELECT rowid AS Value FROM WorksCjkFts WHERE WorksCjkFts MATCH {"\"" + term + "\""} ORDER BY rowid").ToListAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
