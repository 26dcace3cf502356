namespace Registry.Web.Components.Shared;

public sealed record SelectedFile(string Name, long Size);
