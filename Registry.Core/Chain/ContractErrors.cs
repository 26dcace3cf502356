using System.Reflection;
using Nethereum.ABI.FunctionEncoding.Attributes;
using Nethereum.Contracts;

namespace Registry.Core.Chain;

/// <summary>
/// Decodes a contract's reverts into whichever of its generated error types matches, so that every error the
/// contract can raise (its own and those of OpenZeppelin it inherits) surfaces typed, including ones added when the
/// bindings are regenerated.
/// </summary>
internal sealed class ContractErrors
{
    private readonly IReadOnlyList<Func<SmartContractCustomErrorRevertException, IErrorDTO?>> _decoders;

    /// <param name="generatedType">Any type of the contract's generated <c>ContractDefinition</c> namespace, whose error types are the ones tried.</param>
    public ContractErrors(Type generatedType)
    {
        _decoders = generatedType.Assembly.GetTypes()
            // The generated XError classes, each deriving from an XErrorBase that carries the [Error] attribute.
            .Where(t => t.Namespace == generatedType.Namespace && typeof(IErrorDTO).IsAssignableFrom(t)
                && t.BaseType?.GetCustomAttribute<ErrorAttribute>(inherit: false) is not null)
            .Select(t => typeof(ContractErrors).GetMethod(nameof(Decode), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(t).CreateDelegate<Func<SmartContractCustomErrorRevertException, IErrorDTO?>>())
            .ToList();
    }

    /// <summary>The revert decoded, or null when it is none of the contract's errors.</summary>
    public IErrorDTO? DecodeOrNull(SmartContractCustomErrorRevertException revert) =>
        _decoders.Select(decode => decode(revert)).FirstOrDefault(e => e is not null);

    /// <summary>The error's Solidity name, from its [Error] attribute.</summary>
    public static string NameOf(IErrorDTO error) => error.GetType().GetCustomAttribute<ErrorAttribute>(inherit: true)!.Name;

    private static IErrorDTO? Decode<TError>(SmartContractCustomErrorRevertException revert) where TError : class, IErrorDTO, new() =>
        revert.IsCustomErrorFor<TError>() ? revert.DecodeError<TError>() : null;
}
