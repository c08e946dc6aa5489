using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace CrmSupportHub.Sandbox.Common;

/// <summary>WireMock answers built from raw bytes, so every emulator controls its bodies exactly.</summary>
internal static class SandboxResponses
{
    public static ResponseMessage Create(int status, byte[] body, string contentType = "application/json")
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsBytes = body, DetectedBodyType = BodyType.Bytes },
        };
        response.AddHeader("Content-Type", contentType);
        return response;
    }

    public static ResponseMessage Create(int status, SandboxBody body) => Create(status, body.Bytes, body.ContentType);
}
