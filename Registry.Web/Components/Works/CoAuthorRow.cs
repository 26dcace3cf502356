namespace Registry.Web.Components.Works;

/// <summary>One co-author as typed on the Register page: an address and a share in percent.</summary>
public sealed class CoAuthorRow
{
    public string Address { get; set; } = "";

    public string Percent { get; set; } = "";
}
