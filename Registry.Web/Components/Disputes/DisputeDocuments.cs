using Registry.Core.ContentStore;
using Registry.Core.Disputes;

namespace Registry.Web.Components.Disputes;

/// <summary>The documents of a dispute read from the content store for its pages.</summary>
public static class DisputeDocuments
{
    /// <summary>
    /// Every document of the dispute (each step's, and the claim's evidence), by CID; null for one the content store
    /// cannot give now. Those in <paramref name="known"/> are not read again: content never changes under a CID.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, EvidenceDocument?>> ReadAsync(DisputeCatalog catalog, DisputeDetails details,
        IReadOnlyDictionary<string, EvidenceDocument?> known, CancellationToken cancellationToken)
    {
        var documents = new Dictionary<string, EvidenceDocument?>();
        foreach (var cid in details.Steps.Select(s => s.DocumentCid).Append(details.Dispute.EvidenceCid).OfType<string>().Distinct())
        {
            try
            {
                documents[cid] = known.GetValueOrDefault(cid) ?? await catalog.ReadDocumentAsync(cid, cancellationToken);
            }
            catch (ContentStoreUnavailableException)
            {
                documents[cid] = null;
            }
        }
        return documents;
    }
}
