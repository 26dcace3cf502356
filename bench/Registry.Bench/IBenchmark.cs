namespace Registry.Bench;

public interface IBenchmark
{
    string Name { get; }

    Task<ResultTable> RunAsync(string[] args);
}
