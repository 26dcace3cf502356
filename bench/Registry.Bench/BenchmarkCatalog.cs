namespace Registry.Bench;

public static class BenchmarkCatalog
{
    public static IReadOnlyList<IBenchmark> All { get; } =
    [
        new FingerprintBenchmark(),
        new GasBenchmark(),
        new PerceptualHashBenchmark(),
        new CatalogueBenchmark(),
        new GateBenchmark(),
        new IndexerBenchmark(),
    ];
}
