using Microsoft.Extensions.Logging;

namespace Dicom.Clean.Application.UnitTests.Behaviours;

/// <summary>Keeps every formatted line and every structured value logged.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public List<string> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        Lines.Add(formatter(state, exception));
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            Lines.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
        }
    }
}
