using System.Globalization;

namespace CrmSupportHub.Connectors.Uspacy.Sync;

/// <summary>
/// The list query for one page of support requests: items of the support funnel updated at or after
/// a watermark, oldest update first. Uspacy's "smart filters" go in bracket notation, as its SDK and
/// integrations send them.
/// </summary>
internal static class UspacyRequestQuery
{
    // The filter needs an upper bound; a day ahead tolerates a portal clock running fast.
    private static readonly TimeSpan UpperBoundSlack = TimeSpan.FromDays(1);

    public static Dictionary<string, string> Build(UspacySettings settings, long updatedFrom, int page, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["page"] = Text(page),
            ["list"] = Text(settings.PageSize),
            ["sort_by[updated_at]"] = "asc",
            ["filters[condition]"] = "and",
            ["filters[filters][0][field]"] = "updated_at",
            ["filters[filters][0][operator]"] = "gte-lte",
            ["filters[filters][0][values][0][from]"] = Text(updatedFrom),
            ["filters[filters][0][values][0][to]"] = Text((now + UpperBoundSlack).ToUnixTimeSeconds()),
            ["filters[filters][1][field]"] = "funnel_id",
            ["filters[filters][1][operator]"] = "eq",
            ["filters[filters][1][values][0]"] = Text(settings.FunnelId),
        };
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
