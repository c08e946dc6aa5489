using System.Net;
using CrmSupportHub.Connectors.Uspacy.Api;
using CrmSupportHub.Connectors.Uspacy.Api.Dtos;
using Refit;

namespace CrmSupportHub.Connectors.Uspacy.Tests.Support;

/// <summary>An auth API answering from queues of canned results; counts the calls.</summary>
internal sealed class FakeAuthApi : IUspacyAuthApi
{
    public Queue<Func<IApiResponse<TokenDto>>> SignIns { get; } = new();

    public Queue<Func<IApiResponse<TokenDto>>> Refreshes { get; } = new();

    public int SignInCalls { get; private set; }

    public int RefreshCalls { get; private set; }

    public string? LastRefreshHeader { get; private set; }

    public static IApiResponse<TokenDto> Token(string jwt, string? refresh = "refresh-1", long? expiresIn = 3600) =>
        new ApiResponse<TokenDto>(Response(HttpStatusCode.OK), new TokenDto(jwt, refresh, expiresIn, null), new RefitSettings());

    public static IApiResponse<TokenDto> Status(HttpStatusCode status) =>
        new ApiResponse<TokenDto>(Response(status), null, new RefitSettings());

    private static HttpResponseMessage Response(HttpStatusCode status) =>
        new(status) { RequestMessage = new HttpRequestMessage(HttpMethod.Post, "https://acme.uspacy.ua/auth/v1/auth/app_sign_in") };

    public Task<IApiResponse<TokenDto>> SignInAsync(AppSignInDto credentials, CancellationToken cancellationToken)
    {
        SignInCalls++;
        return Task.FromResult(SignIns.Dequeue()());
    }

    public Task<IApiResponse<TokenDto>> RefreshAsync(string bearerRefreshToken, CancellationToken cancellationToken)
    {
        RefreshCalls++;
        LastRefreshHeader = bearerRefreshToken;
        return Task.FromResult(Refreshes.Dequeue()());
    }
}
