using System.Data.Common;
using System.Diagnostics;
using Dicom.Clean.Application.Common.Observability;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dicom.Clean.Infrastructure.Observability;

/// <summary>
/// A <c>commit</c> span, and its latency, around each SaveChanges and each commit of a transaction
/// begun through EF Core outside SaveChanges (the ingest's hand-written row insert, deletes).
/// </summary>
internal sealed class CommitSpanInterceptor(ServiceTelemetry telemetry) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Keyed by context: EF calls "saving" and "saved" from different async frames.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Microsoft.EntityFrameworkCore.DbContext, Running> _running = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Start(eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Start(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Stop(eventData.Context, result, failed: false));

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) => Stop(eventData.Context, result, failed: false);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop(eventData.Context, 0, failed: true);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Stop(eventData.Context, 0, failed: true);

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        StartCommit(eventData);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        StartCommit(eventData);
        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        StopCommit(eventData, failed: false);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => StopCommit(eventData, failed: false);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        StopCommit(eventData, failed: true);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => StopCommit(eventData, failed: true);

    // A SaveChanges' own transaction is inside its span already.
    private void StartCommit(TransactionEventData eventData)
    {
        if (eventData.Context is { } context && !_running.TryGetValue(context, out _))
        {
            Start(eventData);
        }
    }

    private void StopCommit(TransactionEventData eventData, bool failed)
    {
        if (eventData.Context is { } context && _running.TryGetValue(context, out var running) && running.Transaction)
        {
            Stop(context, 0, failed);
        }
    }

    private void Start(DbContextEventData eventData)
    {
        var activity = ServiceTelemetry.ActivitySource.StartActivity("commit");
        activity?.SetTag("db.system", "sqlite");
        activity?.SetTag("dicom_clean.db.context", eventData.Context?.GetType().Name);
        if (eventData.Context is { } context)
        {
            _running.AddOrUpdate(context, new Running(activity, Stopwatch.GetTimestamp(), eventData is TransactionEventData));
        }
    }

    private int Stop(Microsoft.EntityFrameworkCore.DbContext? context, int result, bool failed)
    {
        if (context is null || !_running.TryGetValue(context, out var running))
        {
            return result;
        }

        _running.Remove(context);
        var (activity, started) = (running.Activity, running.Started);
        telemetry.DatabaseDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>("operation", "commit"), new KeyValuePair<string, object?>("context", context.GetType().Name));

        if (activity is not null)
        {
            activity.SetTag("dicom_clean.db.rows", result);
            if (failed)
            {
                activity.SetStatus(ActivityStatusCode.Error);
            }

            activity.Dispose();
        }

        return result;
    }

    private sealed record Running(Activity? Activity, long Started, bool Transaction);
}
