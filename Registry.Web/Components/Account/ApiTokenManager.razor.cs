using Microsoft.AspNetCore.Components;
using Registry.Core.Accounts;

namespace Registry.Web.Components.Account;

public sealed partial class ApiTokenManager
{
    private IReadOnlyList<ApiToken> _tokens = [];
    private string _name = "";
    private CreatedApiToken? _created;
    private string? _problem;

    [Inject] private ApiTokens Tokens { get; set; } = default!;

    [Parameter, EditorRequired] public required string UserId { get; set; }

    protected override async Task OnParametersSetAsync() => _tokens = await Tokens.ListAsync(UserId);

    private async Task CreateAsync()
    {
        _created = null;
        _problem = null;
        if (string.IsNullOrWhiteSpace(_name))
        {
            _problem = L["TokenNameRequired"];
            return;
        }
        _created = await Tokens.CreateAsync(UserId, _name);
        _name = "";
        _tokens = await Tokens.ListAsync(UserId);
    }

    private async Task RevokeAsync(Guid tokenId)
    {
        await Tokens.RevokeAsync(UserId, tokenId);
        if (_created?.Token.Id == tokenId) _created = null;
        _tokens = await Tokens.ListAsync(UserId);
    }
}
