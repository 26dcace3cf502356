namespace Registry.Core.Registration;

/// <summary>Wakes the registration processor when a new upload arrives, instead of waiting for its next poll.</summary>
public sealed class RegistrationSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try { _semaphore.Release(); }
        catch (SemaphoreFullException) { }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _semaphore.WaitAsync(timeout, cancellationToken);
}
