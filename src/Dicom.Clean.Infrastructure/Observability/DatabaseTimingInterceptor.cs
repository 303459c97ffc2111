using System.Data.Common;
using System.Diagnostics;
using Dicom.Clean.Application.Common.Observability;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dicom.Clean.Infrastructure.Observability;

/// <summary>Database latency of every command (query, non_query, scalar), from EF Core's own timing.</summary>
internal sealed class DatabaseTimingInterceptor(ServiceTelemetry telemetry) : DbCommandInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Record("query", eventData, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record("query", eventData, result));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        Record("non_query", eventData, result);

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record("non_query", eventData, result));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) =>
        Record("scalar", eventData, result);

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record("scalar", eventData, result));

    private T Record<T>(string operation, CommandExecutedEventData eventData, T result)
    {
        telemetry.DatabaseDuration.Record(eventData.Duration.TotalSeconds,
            new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("context", eventData.Context?.GetType().Name));
        return result;
    }
}
