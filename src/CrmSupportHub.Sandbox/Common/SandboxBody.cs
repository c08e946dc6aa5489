namespace CrmSupportHub.Sandbox.Common;

/// <summary>A body and its content type.</summary>
internal readonly record struct SandboxBody(byte[] Bytes, string ContentType = "application/json");
