using CrmSupportHub.Worker;
using CrmSupportHub.Worker.Cli;
using CrmSupportHub.Worker.Demo;

if (CliApp.IsCommand(args))
{
    return await CliApp.RunAsync(args, Console.Out, Console.Error);
}

var demo = args.Contains(DemoEnvironment.Flag, StringComparer.Ordinal);
using var sandbox = demo ? DemoEnvironment.StartSandboxes() : null;
var app = HubApplication.Build(
    [.. args.Where(a => a != DemoEnvironment.Flag)],
    sandbox is null ? null : sandbox.Configure);
return await HubRunner.RunAsync(app);
