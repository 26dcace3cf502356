namespace Registry.Core.Works;

public enum WorkKind
{
    Image,
    Text,
    Audio,
    Video,
    Other,
}
