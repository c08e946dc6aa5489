using System.Text.Json.Serialization;
using CrmSupportHub.Connectors.Uspacy.Api.Json;

namespace CrmSupportHub.Connectors.Uspacy.Api.Dtos;

/// <summary>Paging metadata; the SDK types spell it both in snake and camel case.</summary>
internal sealed record PageMetaDto
{
    [JsonPropertyName("current_page"), JsonConverter(typeof(FlexibleInt64Converter))]
    public long? CurrentPage { get; init; }

    [JsonPropertyName("currentPage"), JsonConverter(typeof(FlexibleInt64Converter))]
    public long? CurrentPageCamel { get; init; }

    [JsonPropertyName("last_page"), JsonConverter(typeof(FlexibleInt64Converter))]
    public long? LastPage { get; init; }

    [JsonPropertyName("lastPage"), JsonConverter(typeof(FlexibleInt64Converter))]
    public long? LastPageCamel { get; init; }

    public bool IsLastPage =>
        (CurrentPage ?? CurrentPageCamel) is { } current && (LastPage ?? LastPageCamel) is { } last && current >= last;
}
