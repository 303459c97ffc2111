using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Dicom.Clean.Api.FunctionalTests.Observability;

/// <summary>Every log line the service writes, formatted exactly as the console sink formats it.</summary>
internal sealed class CapturedLog : ILogEventSink
{
    private readonly CompactJsonFormatter _formatter = new();
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public void Emit(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        _formatter.Format(logEvent, writer);
        _lines.Enqueue(writer.ToString().TrimEnd());
    }
}
