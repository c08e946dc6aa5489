using CrmSupportHub.Worker;
using CrmSupportHub.Worker.Demo;

var demo = args.Contains(DemoEnvironment.Flag, StringComparer.Ordinal);
using var sandbox = demo ? DemoEnvironment.StartSandboxes() : null;
var app = HubApplication.Build(
    [.. args.Where(a => a != DemoEnvironment.Flag)],
    sandbox is null ? null : sandbox.Configure);
return await HubRunner.RunAsync(app);
