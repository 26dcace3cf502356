using System.Reflection;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;
using Registry.Contracts.WorkLicensing.ContractDefinition;

namespace Registry.Core.Licensing;

/// <summary>
/// Decodes a revert of the licensing contract into whichever of its generated error types matches, so that every
/// error the contract can raise (its own and those of OpenZeppelin it inherits) surfaces typed, including ones added
/// when the bindings are regenerated.
/// </summary>
internal static class LicensingErrors
{
    private static readonly IReadOnlyList<Func<SmartContractCustomErrorRevertException, IErrorDTO?>> Decoders =
        typeof(OfferCreatedEventDTO).Assembly.GetTypes()
            // The generated XError classes, each deriving from an XErrorBase that carries the [Error] attribute.
            .Where(t => t.Namespace == typeof(OfferCreatedEventDTO).Namespace && typeof(IErrorDTO).IsAssignableFrom(t)
                && t.BaseType?.GetCustomAttribute<ErrorAttribute>(inherit: false) is not null)
            .Select(t => typeof(LicensingErrors).GetMethod(nameof(Decode), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(t).CreateDelegate<Func<SmartContractCustomErrorRevertException, IErrorDTO?>>())
            .ToList();

    /// <summary>The refusal, with the error decoded when it is one of the contract's.</summary>
    public static LicensingRefusedException Refusal(SmartContractCustomErrorRevertException revert)
    {
        var error = Decoders.Select(decode => decode(revert)).FirstOrDefault(e => e is not null);
        return new LicensingRefusedException(error, error is null
            ? $"The licensing contract refused the transaction with an error it does not declare ({revert.ExceptionEncodedData})."
            : $"The licensing contract refused the transaction: {NameOf(error)}.");
    }

    /// <summary>The error's Solidity name, from its [Error] attribute.</summary>
    public static string NameOf(IErrorDTO error) => error.GetType().GetCustomAttribute<ErrorAttribute>(inherit: true)!.Name;

    private static IErrorDTO? Decode<TError>(SmartContractCustomErrorRevertException revert) where TError : class, IErrorDTO, new() =>
        revert.IsCustomErrorFor<TError>() ? revert.DecodeError<TError>() : null;
}
