namespace Registry.Core.Works;

/// <summary>What a work's 64-bit perceptual fingerprint was computed from; fingerprints of different kinds are never compared.</summary>
public enum FingerprintKind
{
    Image,
    Text,
}
