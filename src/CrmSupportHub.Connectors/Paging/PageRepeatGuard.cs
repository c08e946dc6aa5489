using System.Globalization;

namespace CrmSupportHub.Connectors;

/// <summary>
/// Bounds how often one paged read asks for the same position. A CRM may answer a page twice or hand
/// back the cursor it was given (a glitch, a lagging replica): the reader asks again and carries on.
/// A CRM stuck on one position would be polled forever, so past <c>maxVisits</c> requests of one
/// position the read fails; the host resumes it next run from its last saved page.
/// </summary>
public sealed class PageRepeatGuard(string crm, int maxVisits = 3)
{
    private readonly Dictionary<string, int> _visits = new(StringComparer.Ordinal);

    /// <summary>Counts a request for the page at <paramref name="position"/> (a cursor, a page number).</summary>
    /// <exception cref="ConnectorException">The position was asked for more than <c>maxVisits</c> times in this read.</exception>
    public void Visit(string position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var visits = _visits.GetValueOrDefault(position) + 1;
        _visits[position] = visits;
        if (visits > maxVisits)
        {
            var shown = position.Length <= 40 ? position : position[..40] + "…";
            throw new ConnectorException(
                ConnectorErrorKind.InvalidResponse,
                string.Create(CultureInfo.InvariantCulture, $"{crm} answered the page at '{shown}' {visits} times without moving on; the read stops at the last saved page."));
        }
    }
}
