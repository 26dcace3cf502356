namespace Registry.Tests.Infrastructure;

/// <summary>An IProgress that runs the handler on the reporting thread at once (Progress&lt;T&gt; posts it later).</summary>
public sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
