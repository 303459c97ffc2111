using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>
/// Sets <c>synchronous=FULL</c> on every connection (the setting is per connection, not stored in
/// the file). In WAL mode FULL makes each commit fsync the write-ahead log before it returns, so a
/// store acknowledged after its commit survives a process kill and a power cut alike; NORMAL
/// would only survive the first.
/// </summary>
internal sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    public const string Pragma = "PRAGMA synchronous=FULL;";

    public static SqliteDurabilityInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
