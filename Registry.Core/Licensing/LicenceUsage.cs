namespace Registry.Core.Licensing;

/// <summary>What a licence allows the work to be used for; the numbers are the contract's <c>Usage</c> enum.</summary>
public enum LicenceUsage
{
    Personal = 0,
    Editorial = 1,
    Commercial = 2,
    Broadcast = 3,
    Derivative = 4,
}
