namespace Registry.Core.Disputes;

/// <summary>A step a party or moderator takes on an existing dispute, for wording why its status does not allow it.</summary>
public enum DisputeAction
{
    Respond,
    Appeal,
    Settle,
    Rule,
}
