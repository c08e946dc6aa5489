namespace CrmSupportHub.Worker.Dashboard.Parts;

/// <summary>The dashboard's URLs, with ids escaped as path segments (the page encoder then escapes them for HTML).</summary>
internal static class Links
{
    public static string Client(string clientId) => "/clients/" + Uri.EscapeDataString(clientId);

    public static string Request(string clientId, string requestId) => Client(clientId) + "/requests/" + Uri.EscapeDataString(requestId);

    public static string LogWork(string clientId) => Client(clientId) + "/work";
}
