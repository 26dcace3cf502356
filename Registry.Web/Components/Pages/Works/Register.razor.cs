using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Registry.Core.Accounts;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using Registry.Core.Persistence;
using Registry.Core.Registration;
using Registry.Core.Works;
using Registry.Web.Accounts;
using Registry.Web.Components.Shared;
using Registry.Web.Components.Works;

namespace Registry.Web.Components.Pages.Works;

public sealed partial class Register : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(300);

    private enum Phase { Editing, Uploading, Processing, Finished }

    private readonly CancellationTokenSource _disposed = new();
    private ElementReference _input;
    private DotNetObjectReference<Register>? _self;
    private Phase _phase = Phase.Editing;

    private string _title = "";
    private string _description = "";
    private WorkKind _kind = WorkKind.Other;
    private string _tags = "";
    private bool _publish = true;
    private SelectedFile? _file;
    private CoAuthorShares _coAuthors = default!;
    private string? _creatorAddress;

    private int _uploadPercent;
    private WorkRegistration? _registration;
    private string? _problem;
    private long? _existingWorkId;
    private IReadOnlyList<Registry.Web.Api.SimilarWorkResponse>? _similar;
    private bool _confirmOwnWork;

    [Inject] private BrowserUpload Upload { get; set; } = default!;
    [Inject] private RegistrationService Registrations { get; set; } = default!;
    [Inject] private WorkCatalog Catalog { get; set; } = default!;
    [Inject] private ProblemText ProblemText { get; set; } = default!;
    [Inject] private IOptions<StorageOptions> Storage { get; set; } = default!;
    [Inject] private AccountService Accounts { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationState { get; set; }

    private bool Busy => _phase is Phase.Uploading or Phase.Processing;

    protected override async Task OnInitializedAsync()
    {
        var userId = AuthenticationState is null ? null : (await AuthenticationState).User.GetUserId();
        _creatorAddress = userId is null ? null : (await Accounts.FindAsync(userId, _disposed.Token))?.Address;
    }

    [JSInvokable]
    public Task OnUploadProgress(long loaded, long total)
    {
        _uploadPercent = total == 0 ? 100 : (int)(loaded * 100 / total);
        return InvokeAsync(StateHasChanged);
    }

    private async Task OnFileChosenAsync(ChangeEventArgs _)
    {
        _file = await Upload.DescribeAsync(_input);
        _problem = null;
        _existingWorkId = null;
        _similar = null;
        _confirmOwnWork = false;
    }

    private async Task RegisterAsync()
    {
        _problem = null;
        _existingWorkId = null;
        _registration = null;
        var split = _coAuthors.BuildSplit(out var splitProblem);
        var details = new WorkDetails(_title, _description, _kind, WorkDetailsValidator.ParseTags(_tags), _publish, _confirmOwnWork, split);
        var problem = WorkDetailsValidator.Validate(details) ?? CheckFile();
        if (problem is not null || splitProblem is not null)
        {
            if (problem is null or { Code: ProblemCode.InvalidSplit }) _problem = splitProblem;
            else await ShowAsync(problem.Code.ToString(), problem.ExistingWorkId);
            return;
        }

        _phase = Phase.Uploading;
        _uploadPercent = 0;
        _self ??= DotNetObjectReference.Create(this);
        var fields = new Dictionary<string, string>
        {
            ["title"] = details.Title,
            ["description"] = details.Description,
            ["kind"] = details.Kind.ToString().ToLowerInvariant(),
            ["tags"] = string.Join(", ", details.Tags),
            ["publish"] = details.Publish ? "true" : "false",
            ["confirmOwnWork"] = details.ConfirmOwnWork ? "true" : "false",
            ["split"] = details.Split ?? "",
        };
        var response = await Upload.SendAsync(_input, "/api/works", fields, _self);
        if (response.Status != 202)
        {
            var answer = UploadProblem.Parse(response);
            _phase = Phase.Editing;
            _similar = answer.Similar is { Count: > 0 } ? answer.Similar : null;
            await ShowAsync(answer.Code ?? ProblemText.CodeForStatus(answer.Status), answer.WorkId, answer.Detail);
            return;
        }

        _phase = Phase.Processing;
        var id = System.Text.Json.JsonDocument.Parse(response.Body).RootElement.GetProperty("registrationId").GetGuid();
        await FollowAsync(id);
    }

    private async Task FollowAsync(Guid id)
    {
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            do
            {
                _registration = await Registrations.GetAsync(id, _disposed.Token);
                if (_registration is { State: RegistrationState.Failed } failed)
                    await ShowAsync(failed.Issue.ToString(), failed.ExistingWorkId, failed.FailureReason);
                StateHasChanged();
            }
            while (_registration is { IsFinished: false } && await timer.WaitForNextTickAsync(_disposed.Token));
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            return;
        }
        _phase = Phase.Finished;
        if (_registration is { State: RegistrationState.Confirmed })
        {
            _file = null;
            await Upload.ClearAsync(_input);
        }
    }

    private RegistrationProblem? CheckFile()
    {
        if (_file is null) return new(ProblemCode.FileMissing, "");
        if (_file.Size == 0) return new(ProblemCode.FileEmpty, "");
        if (_file.Size > Storage.Value.MaxUploadBytes) return new(ProblemCode.FileTooLarge, "");
        return null;
    }

    private async Task ShowAsync(string code, long? existingWorkId, string? detail = null)
    {
        _existingWorkId = existingWorkId;
        var existing = existingWorkId is { } workId ? await Catalog.GetAsync(workId, _disposed.Token) : null;
        _problem = ProblemText.Describe(code, detail, existingWorkId, existing);
    }

    public ValueTask DisposeAsync()
    {
        _disposed.Cancel();
        _disposed.Dispose();
        _self?.Dispose();
        return ValueTask.CompletedTask;
    }
}
