namespace Registry.Web.Components.Shared;

/// <summary>What the upload endpoint answered: the HTTP status (0 when the request never completed) and the body.</summary>
public sealed record UploadResponse(int Status, string Body);
