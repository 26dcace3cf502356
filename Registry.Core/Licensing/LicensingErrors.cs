using Nethereum.ABI.FunctionEncoding.Attributes;
using Registry.Contracts.WorkLicensing.ContractDefinition;
using Registry.Core.Chain;

namespace Registry.Core.Licensing;

/// <summary>The licensing contract's errors, decoded into their generated types.</summary>
internal static class LicensingErrors
{
    public static readonly ContractErrors Decoder = new(typeof(OfferCreatedEventDTO));

    /// <summary>The error's Solidity name, from its [Error] attribute.</summary>
    public static string NameOf(IErrorDTO error) => ContractErrors.NameOf(error);
}
