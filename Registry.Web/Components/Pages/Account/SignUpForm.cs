namespace Registry.Web.Components.Pages.Account;

public sealed class SignUpForm
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}
