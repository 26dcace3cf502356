using System.Text.Json;
using Registry.Core.Fingerprints;
using Registry.Tests.Infrastructure;

namespace Registry.Tests.Core.Fingerprints;

/// <summary>
/// Our CIDs against the ones a real IPFS node gave for the same bytes (TestData/ipfs-node-cids.json, which
/// KuboContentStoreNodeCidTests keep honest against the js-ipfs node).
/// </summary>
public sealed class ContentFingerprinterNodeAgreementTests
{
    public static TheoryData<long, string> NodeCids()
    {
        var data = new TheoryData<long, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "ipfs-node-cids.json");
        foreach (var (size, cid) in JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!)
            data.Add(long.Parse(size), cid);
        return data;
    }

    [Theory]
    [MemberData(nameof(NodeCids))]
    public async Task ComputeAsync_GivesTheCidTheIpfsNodeGave(long size, string nodeCid)
    {
        var fingerprint = await ContentFingerprinter.ComputeAsync(new PatternContentStream(size));

        Assert.Equal(nodeCid, fingerprint.Cid.ToString());
        Assert.Equal(size, fingerprint.Length);
    }
}
