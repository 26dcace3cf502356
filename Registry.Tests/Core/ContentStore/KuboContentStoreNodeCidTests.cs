using System.Text.Json;
using Microsoft.Extensions.Options;
using Registry.Core.ContentStore;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.ContentStore;

/// <summary>
/// The CIDs js-ipfs gives for <see cref="PatternContentStream"/> content around the chunk and layout boundaries are
/// recorded in TestData/ipfs-node-cids.json, where the fingerprint code is checked against them; the real node must
/// keep agreeing with that file.
/// </summary>
[Collection(IpfsCollection.Name)]
public sealed class KuboContentStoreNodeCidTests(IpfsNodeFixture node)
{
    public static TheoryData<long, string> RecordedCids()
    {
        var recorded = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "ipfs-node-cids.json")))!;
        var data = new TheoryData<long, string>();
        foreach (var (size, cid) in recorded) data.Add(long.Parse(size, System.Globalization.CultureInfo.InvariantCulture), cid);
        return data;
    }

    [Theory]
    [MemberData(nameof(RecordedCids))]
    public async Task AddAsync_OfPatternContent_ReturnsTheRecordedCid(long size, string recordedCid)
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var store = new KuboContentStore(http, Options.Create(new IpfsOptions { ApiUrl = node.ApiUrl }));

        var cid = await store.AddAsync(new PatternContentStream(size), CancellationToken.None);

        Assert.Equal(recordedCid, cid.ToString());
    }
}
