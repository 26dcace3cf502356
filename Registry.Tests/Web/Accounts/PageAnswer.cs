namespace Registry.Tests.Web.Accounts;

/// <summary>What the app answers when a page is asked for.</summary>
public enum PageAnswer
{
    /// <summary>200 with the page.</summary>
    Opens,

    /// <summary>302 to the access-denied page, with the page as return address.</summary>
    Denied,

    /// <summary>302 to the sign-in form, with the page as return address.</summary>
    SignIn,
}
