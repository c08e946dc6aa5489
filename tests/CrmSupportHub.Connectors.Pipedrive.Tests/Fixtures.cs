using System.Text.Json;
using CrmSupportHub.Connectors.Pipedrive.Api.Dtos;

namespace CrmSupportHub.Connectors.Pipedrive.Tests;

/// <summary>Reads the JSON files under Fixtures/ (see Fixtures/README.md).</summary>
internal static class Fixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static List<PipedriveDealDto> Deals(string name) =>
        JsonSerializer.Deserialize(Bytes(name), PipedriveJsonContext.Default.PipedriveResponseListPipedriveDealDto)!.Data!;

    public static PipedriveResponse<List<PipedriveDealDto>> DealPage(string name) =>
        JsonSerializer.Deserialize(Bytes(name), PipedriveJsonContext.Default.PipedriveResponseListPipedriveDealDto)!;

    public static List<PipedriveUserDto> Users(string name) =>
        JsonSerializer.Deserialize(Bytes(name), PipedriveJsonContext.Default.PipedriveResponseListPipedriveUserDto)!.Data!;
}
