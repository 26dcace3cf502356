namespace Registry.Web;

/// <summary>Marker for the UI's texts in Resources/SharedResource.*.resx (English and Simplified Chinese).</summary>
public sealed class SharedResource;
