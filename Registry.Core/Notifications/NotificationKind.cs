namespace Registry.Core.Notifications;

public enum NotificationKind
{
    /// <summary>A dispute was opened on a work the recipient owns or holds a licence for.</summary>
    DisputeOpened,

    /// <summary>A dispute the recipient is party to (or whose work they own or license) was ruled.</summary>
    DisputeRuled,

    /// <summary>A ruling the recipient is party to was appealed.</summary>
    DisputeAppealed,

    /// <summary>An appeal the recipient is party to (or whose work they own or license) was ruled.</summary>
    AppealRuled,
}
