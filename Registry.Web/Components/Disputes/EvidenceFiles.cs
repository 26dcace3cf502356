using Microsoft.AspNetCore.Components.Forms;
using Registry.Core.Disputes;

namespace Registry.Web.Components.Disputes;

/// <summary>Files chosen in the browser as evidence: checked against <see cref="DisputeLimits"/> as chosen, and opened as streams to send.</summary>
public static class EvidenceFiles
{
    /// <summary>The first limit the files break, worded by the service's own refusal; null when they keep to all.</summary>
    public static DisputeOutcome? Check(IReadOnlyList<IBrowserFile> files) =>
        DisputeLimits.Check(files.Select(f => (f.Name, (long?)f.Size)).ToList());

    /// <summary>
    /// Each file as a stream read from the browser as the service reads it (nothing is buffered whole); the browser
    /// refuses to send more than the per-file limit. The caller disposes the streams.
    /// </summary>
    public static IReadOnlyList<EvidenceFile> Open(IReadOnlyList<IBrowserFile> files, CancellationToken cancellationToken) =>
        files.Select(f => new EvidenceFile(f.Name, f.ContentType, f.OpenReadStream(DisputeLimits.MaxFileBytes, cancellationToken))).ToList();
}
