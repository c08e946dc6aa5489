namespace CrmSupportHub.Connectors.NetHunt;

/// <summary>
/// The client's <c>Settings</c> section: which folder holds support requests and which of its
/// fields (by display name, as NetHunt addresses them) carry the title, status and owner.
/// </summary>
public sealed class NetHuntSettings
{
    public const int MaxPageSize = 500;

    /// <summary>The id of the folder whose records are support requests (see <c>/triggers/readable-folder</c>).</summary>
    public string? FolderId { get; set; }

    public string TitleField { get; set; } = "Name";

    public string StatusField { get; set; } = "Status";

    /// <summary>The user field naming the person responsible; empty when the folder has none.</summary>
    public string? OwnerField { get; set; }

    /// <summary>Status values meaning "not reacted to yet"; a record without a status is also initial.</summary>
    public IList<string> InitialStatuses { get; set; } = [];

    /// <summary>Status values meaning "waiting for the client": SLA clocks pause.</summary>
    public IList<string> WaitingStatuses { get; set; } = [];

    /// <summary>Status values meaning "done".</summary>
    public IList<string> ClosedStatuses { get; set; } = [];

    /// <summary>The <c>limit</c> sent with every feed call.</summary>
    public int PageSize { get; set; } = 100;

    /// <summary>How far each poll reaches back behind its watermark, for records NetHunt shows late.</summary>
    public TimeSpan SyncOverlap { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The seats the client pays for, as entered by the consultancy (NetHunt has no users API).</summary>
    public int? ConfiguredSeats { get; set; }

    /// <summary>How many days of the change log the active-user estimate looks at.</summary>
    public int ActiveUserDays { get; set; } = 30;
}
