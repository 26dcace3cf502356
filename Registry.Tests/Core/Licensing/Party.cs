namespace Registry.Tests.Core.Licensing;

/// <summary>An account of a licensing test: its id in the app, its address (lower case) and its custodial key.</summary>
internal sealed record Party(string UserId, string Address, string Key);
