namespace Registry.Core.Registration;

public sealed class UploadTooLargeException(long limit)
    : Exception($"The file is larger than the limit of {limit:N0} bytes.")
{
    public long Limit { get; } = limit;
}
