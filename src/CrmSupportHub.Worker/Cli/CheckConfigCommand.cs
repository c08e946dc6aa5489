using System.CommandLine;
using CrmSupportHub.Worker.Configuration;
using Microsoft.Extensions.Options;

namespace CrmSupportHub.Worker.Cli;

/// <summary><c>check-config</c>: validates the configuration as the worker's start-up does, without touching the database.</summary>
internal static class CheckConfigCommand
{
    public static Command Create(CliSession session)
    {
        var command = new CliCommand(
            "check-config",
            "Validates the configuration as the worker's start-up does (clients, packages, calendars, connectors, "
            + "analysts' keys) and prints each problem on its own line, naming the client and the key; values of "
            + "secrets are never printed. Exits with 2 when there are problems.",
            "check-config --config /etc/crm-support-hub/appsettings.json");
        command.SetAction((parse, ct) => session.RunUncheckedAsync(parse, (services, _) =>
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            var clients = services.GetRequiredService<ClientDirectory>().All.Count;
            session.Out.WriteLine($"Configuration OK: {CliText.Number(clients)} {(clients == 1 ? "client" : "clients")}");
            return Task.FromResult(CliApp.Ok);
        }, ct));
        return command;
    }
}
