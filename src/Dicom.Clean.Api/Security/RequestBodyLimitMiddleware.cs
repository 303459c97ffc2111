using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Dicom.Clean.Api.Security;

/// <summary>
/// Per-route body limits: a route's own <c>[RequestSizeLimit]</c> (any <see cref="IRequestSizeLimitMetadata"/>,
/// controllers and minimal APIs alike) wins; every other route starts at <c>Security:MaxRequestBodyBytes</c>
/// (1 MiB by default), far below Kestrel's 30 MB. The limit is the server's own feature, so a
/// route's filter may still raise it before the body is read; reading past it is a 413 problem.
/// Servers without the feature (the in-memory test server) get one, enforced on the body stream.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
{
    /// <summary>Sets the limit before anything reads the body.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = declared is not null ? declared.MaxRequestBodySize : options.Value.MaxRequestBodyBytes;
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is null)
        {
            var own = new BodySizeLimit { MaxRequestBodySize = limit };
            context.Features.Set<IHttpMaxRequestBodySizeFeature>(own);
            context.Request.Body = new SizeLimitedBodyStream(context.Request.Body, own);
        }
        else if (!feature.IsReadOnly)
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }

    private sealed class BodySizeLimit : IHttpMaxRequestBodySizeFeature
    {
        public bool IsReadOnly { get; set; }

        public long? MaxRequestBodySize { get; set; }
    }

    private sealed class SizeLimitedBodyStream(Stream inner, BodySizeLimit limit) : Stream
    {
        private long _read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int read)
        {
            limit.IsReadOnly = true;
            _read += read;
            if (limit.MaxRequestBodySize is { } max && _read > max)
            {
                throw new BadHttpRequestException($"The body is over this route's limit of {max} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
