namespace Registry.Tests.Web.Accounts;

/// <summary>An account of the matrix in the running app: its API token, and its sign-in cookie taken after its roles were set.</summary>
/// <param name="WorkId">The work it owns, when it registered one.</param>
internal sealed record MatrixAccount(string Email, string UserId, string Address, string Token, string AuthCookie, long? WorkId = null);
