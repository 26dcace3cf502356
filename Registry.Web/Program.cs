using Registry.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddRegistryWeb();

var app = builder.Build();
app.UseRegistryWeb();
app.Run();

public partial class Program;
