namespace Registry.Core.Works;

public enum WorkEventKind
{
    Registered,
    Transferred,
}
