namespace CrmSupportHub.Sandbox.Uspacy;

/// <summary>How a <see cref="UspacySandbox"/> behaves. Uspacy publishes no rate limits, so none is on by default.</summary>
public sealed class UspacySandboxOptions
{
    public string ClientId { get; init; } = "sandbox-oauth-client";

    public string ClientSecret { get; init; } = "sandbox-oauth-client-secret";

    /// <summary>The secret the portal's webhook URL carries (<c>?secret=</c>); at least 32 characters.</summary>
    public string WebhookSecret { get; init; } = "sandbox-uspacy-webhook-secret-0123456789";

    /// <summary>The emulator's clock: token expiry, rate-limit windows, slow answers, default change times.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How long an issued JWT is valid (<c>expireInSeconds</c>); Uspacy was seen issuing 24 h.</summary>
    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How long a sign-in takes to answer, in real time: widens the window in which concurrent sign-ins would overlap.</summary>
    public TimeSpan SignInLatency { get; init; } = TimeSpan.Zero;

    /// <summary>Data calls allowed in <see cref="RequestWindow"/>; 0 (the default) turns the limit off.</summary>
    public int RequestLimit { get; init; }

    public TimeSpan RequestWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The <c>Retry-After</c> of 429 answers, sent in whole seconds.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an injected <see cref="SandboxFault.Slow"/> answer takes, on <see cref="TimeProvider"/>.</summary>
    public TimeSpan SlowDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Sends <c>created_at</c>, <c>updated_at</c> and <c>closed_at</c> as strings, as some Uspacy answers do.</summary>
    public bool TimesAsStrings { get; init; }

    /// <summary>A fixed delay added to every answer (WireMock's <c>WithDelay</c>).</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;
}
