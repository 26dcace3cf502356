namespace Registry.Core.Licensing.Certificates;

/// <summary>What a licence certificate states; every value is taken from the indexed chain data.</summary>
public sealed record LicenceCertificateFacts(
    long LicenceId,
    long WorkId,
    string WorkTitle,
    string ContentHash,
    string Licensee,
    string Usage,
    string Territory,
    bool Exclusive,
    bool Transferable,
    DateTimeOffset ValidFrom,
    DateTimeOffset? ValidUntil,
    string PricePaid,
    string TransactionHash,
    long BlockNumber,
    long ChainId,
    string LicensingContract,
    Uri PublicPage);
