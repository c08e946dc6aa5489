using CrmSupportHub.Connectors.Pipedrive.Api;
using CrmSupportHub.Sandbox.Pipedrive;
using Refit;

namespace CrmSupportHub.Connectors.Pipedrive.Tests;

/// <summary>A bare Refit client on a sandbox (no retries), for tests of the parts above the HTTP pipeline.</summary>
internal sealed class SandboxApi : IDisposable
{
    private readonly HttpClient _http;

    public SandboxApi(PipedriveSandbox sandbox)
    {
        _http = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl) };
        _http.DefaultRequestHeaders.Add("x-api-token", sandbox.Options.ApiToken);
        Caller = new PipedriveApiCaller(RestService.For<IPipedriveApi>(_http, PipedriveRefitSettings.Create()));
    }

    public PipedriveApiCaller Caller { get; }

    public void Dispose() => _http.Dispose();
}
