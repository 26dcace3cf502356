using Microsoft.AspNetCore.Identity;

namespace Registry.Core.Accounts;

/// <summary>Identity checks digits and letter cases but has no "any letter" rule; ours is a letter and a digit, nothing more.</summary>
public sealed class PasswordLetterValidator : IPasswordValidator<RegistryUser>
{
    public const string Code = "PasswordRequiresLetter";

    public Task<IdentityResult> ValidateAsync(UserManager<RegistryUser> manager, RegistryUser user, string? password) =>
        Task.FromResult(password is not null && password.Any(char.IsLetter)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = Code, Description = "Passwords must have at least one letter." }));
}
