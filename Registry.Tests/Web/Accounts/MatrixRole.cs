namespace Registry.Tests.Web.Accounts;

/// <summary>
/// Who acts, in a row of the authorization matrix. The app gives every new account Creator and Licensee, so a
/// Moderator or an Admin is a Creator too; <see cref="Licensee"/> is an account that lost its Creator role.
/// </summary>
public enum MatrixRole
{
    Anonymous,
    Creator,
    Licensee,
    Moderator,
    Admin,
}
