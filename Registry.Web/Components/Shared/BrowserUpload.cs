using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Registry.Web.Components.Shared;

/// <summary>The page's side of wwwroot/js/upload.js: the browser posts the file itself, with progress.</summary>
public sealed class BrowserUpload(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? _module;

    public async Task<SelectedFile?> DescribeAsync(ElementReference input) =>
        await (await ModuleAsync()).InvokeAsync<SelectedFile?>("describe", input);

    public async Task ClearAsync(ElementReference input) =>
        await (await ModuleAsync()).InvokeVoidAsync("clear", input);

    /// <param name="progressSink">Receives <c>OnUploadProgress(long loaded, long total)</c> calls.</param>
    public async Task<UploadResponse> SendAsync<T>(ElementReference input, string url, IReadOnlyDictionary<string, string> fields, DotNetObjectReference<T> progressSink)
        where T : class =>
        await (await ModuleAsync()).InvokeAsync<UploadResponse>("send", TimeSpan.FromHours(1), input, url, fields, progressSink);

    public async ValueTask DisposeAsync()
    {
        if (_module is null) return;
        try { await _module.DisposeAsync(); }
        catch (JSDisconnectedException) { }
    }

    private async Task<IJSObjectReference> ModuleAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", "./js/upload.js");
}
