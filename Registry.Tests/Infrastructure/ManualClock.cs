namespace Registry.Tests.Infrastructure;

/// <summary>Real time, plus whatever a test has skipped ahead (to make postponed retries due without waiting).</summary>
public sealed class ManualClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}
