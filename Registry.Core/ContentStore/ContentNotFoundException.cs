using Registry.Core.Fingerprints;

namespace Registry.Core.ContentStore;

public sealed class ContentNotFoundException(Cid cid)
    : Exception($"The content store does not have {cid}.")
{
    public Cid Cid { get; } = cid;
}
