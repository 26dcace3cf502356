using Registry.Web.CommandLine;
using Registry.Web.Extensions;

if (await CommandLineVerbs.RunAsync(args) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);
builder.AddRegistryWeb();

var app = builder.Build();
app.UseRegistryWeb();
app.Run();
return 0;

public partial class Program;
