using Registry.Bench;

// Usage: dotnet run -c Release --project bench/Registry.Bench -- [fingerprint|gas|perceptual|catalogue|gate|indexer|all] [args]
// Each benchmark prints a table and writes it to bench/results/<name>.md.
var which = args.Length > 0 ? args[0] : "all";
var benchmarks = BenchmarkCatalog.All.Where(b => which == "all" || b.Name == which).ToList();
if (benchmarks.Count == 0)
{
    Console.Error.WriteLine($"Unknown benchmark '{which}'. Known: {string.Join(", ", BenchmarkCatalog.All.Select(b => b.Name))}, all");
    return 2;
}

foreach (var benchmark in benchmarks)
{
    var table = await benchmark.RunAsync(args.Skip(1).ToArray());
    var markdown = table.ToMarkdown();
    Console.WriteLine(markdown);
    var path = ResultTable.WriteToResults(benchmark.Name, markdown);
    Console.WriteLine($"(written to {path})");
}
return 0;
