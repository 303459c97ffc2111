using System.Globalization;
using Dicom.Clean.Application.Common.Security;
using Dicom.Clean.Application.Security.Commands.CreateApiKey;
using Dicom.Clean.Application.Security.Commands.RevokeApiKey;
using Dicom.Clean.Application.Security.Queries.ListApiKeys;
using Dicom.Clean.Domain.Security;
using Dicom.Clean.Infrastructure;
using Mediator;

namespace Dicom.Clean.Api.Cli;

/// <summary>
/// Administration from the command line of the API project, on the same configuration as the
/// service (database, blob root, keys): <c>dotnet run --project src/Dicom.Clean.Api -- keys create --role writer</c>.
/// Results go to stdout (a new token alone on its line, for scripts); explanations to stderr.
/// </summary>
public static class AdminCommands
{
    private const string Usage = """
        Usage: Dicom.Clean.Api <command>
          keys create --role reader|writer|admin [--name TEXT]   prints the new token (shown once)
          keys list                                              id, role, source, created, revoked
          keys revoke ID                                         stops the key at once
          blobs new-key [--id ID]                                adds a blob key to the key file and makes it active
          blobs reencrypt                                        rewrites every blob under the active key
        """;

    /// <summary>Whether the arguments name a command rather than options for the server.</summary>
    public static bool IsCommand(IReadOnlyList<string> args) =>
        args is not null && args.Count > 0 && args[0] is "keys" or "blobs" or "help" or "--help";

    /// <summary>Before the host is built: commands log warnings only, so stdout stays their answer.</summary>
    public static void PrepareHost(WebApplicationBuilder builder, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (IsCommand(args))
        {
            builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        }
    }

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        output ??= Console.Out;
        error ??= Console.Error;
        try
        {
            await services.InitialiseInfrastructureAsync();
            var command = string.Join(' ', args.Take(2));
            return command switch
            {
                "keys create" => await CreateKeyAsync(services, args, output, error),
                "keys list" => await ListKeysAsync(services, output),
                "keys revoke" when args.Count == 3 => await RevokeKeyAsync(services, args[2], error),
                "blobs new-key" => await BlobCommands.NewKeyAsync(services, Option(args, "--id"), output, error),
                "blobs reencrypt" => await BlobCommands.ReencryptAsync(services, output, error),
                _ => Fail(error, Usage),
            };
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IOException or Application.Common.Exceptions.RequestValidationException)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> CreateKeyAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        await services.InitialiseSecurityDatabaseAsync();
        await using var scope = AdminScope(services);
        var created = await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new CreateApiKeyCommand(Option(args, "--role"), Option(args, "--name")));
        await output.WriteLineAsync(created.Token);
        await error.WriteLineAsync($"Created {created.Role} key {created.Id}. The token above is shown once: store it now.");
        return 0;
    }

    private static async Task<int> ListKeysAsync(IServiceProvider services, TextWriter output)
    {
        await services.InitialiseSecurityDatabaseAsync();
        await using var scope = AdminScope(services);
        foreach (var key in await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ListApiKeysQuery()))
        {
            await output.WriteLineAsync(string.Join('\t', key.Id, key.Role, key.Source, Stamp(key.CreatedAt), Stamp(key.RevokedAt), key.Name));
        }

        return 0;
    }

    private static async Task<int> RevokeKeyAsync(IServiceProvider services, string id, TextWriter error)
    {
        await services.InitialiseSecurityDatabaseAsync();
        await using var scope = AdminScope(services);
        if (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RevokeApiKeyCommand(id)))
        {
            await error.WriteLineAsync($"Revoked key {id}.");
            return 0;
        }

        return Fail(error, $"No key has the id '{id}'.");
    }

    // The audit log names the command line as the caller.
    private static AsyncServiceScope AdminScope(IServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerContext>().Set(new Caller("cli", ApiKeyRole.Admin, null));
        return scope;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }

    private static string Stamp(DateTimeOffset? at) => at?.ToString("u", CultureInfo.InvariantCulture) ?? "-";

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 2;
    }
}
