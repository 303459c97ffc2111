namespace Dicom.Clean.Domain.Instances;

/// <summary>
/// A stored DICOM instance (the seed's <c>dicom</c> table): the server id, the attributes that
/// identify it, what the original file was, where its blobs are, and every element it holds.
/// The aggregate root: tag values are only reached through it.
/// </summary>
public sealed class DicomInstance
{
    private readonly List<InstanceTagValue> _tagValues = [];

    private DicomInstance()
    {
        Sha256 = string.Empty;
        OriginalBlobKey = string.Empty;
    }

    /// <summary>Server id.</summary>
    public InstanceId Id { get; private set; }

    /// <summary>Study Instance UID (0020,000D).</summary>
    public string? StudyInstanceUid { get; private set; }

    /// <summary>Series Instance UID (0020,000E).</summary>
    public string? SeriesInstanceUid { get; private set; }

    /// <summary>SOP Instance UID (0008,0018).</summary>
    public string? SopInstanceUid { get; private set; }

    /// <summary>SOP Class UID (0008,0016).</summary>
    public string? SopClassUid { get; private set; }

    /// <summary>Modality (0008,0060).</summary>
    public string? Modality { get; private set; }

    /// <summary>Patient ID (0010,0020). Patient data: never logged.</summary>
    public string? PatientId { get; private set; }

    /// <summary>Patient's Name (0010,0010). Patient data: never logged.</summary>
    public string? PatientName { get; private set; }

    /// <summary>Study Date (0008,0020) as written.</summary>
    public string? StudyDate { get; private set; }

    /// <summary>Transfer syntax of the original.</summary>
    public string? TransferSyntaxUid { get; private set; }

    /// <summary>Rows (0028,0010).</summary>
    public int? Rows { get; private set; }

    /// <summary>Columns (0028,0011).</summary>
    public int? Columns { get; private set; }

    /// <summary>Number of frames.</summary>
    public int? NumberOfFrames { get; private set; }

    /// <summary>SHA-256 of the original file, lower-case hex.</summary>
    public string Sha256 { get; private set; }

    /// <summary>Size of the original file in bytes.</summary>
    public long SizeBytes { get; private set; }

    /// <summary>Blob key of the original file.</summary>
    public string OriginalBlobKey { get; private set; }

    /// <summary>
    /// Blob key of the stored default image (PNG): null until it is rendered (right after ingest by
    /// default) and for files without an image the renderer can make.
    /// </summary>
    public string? RenderedBlobKey { get; private set; }

    /// <summary>When the server received the file.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>
    /// 1 for the first file stored with its SOP Instance UID; 2, 3... for later, different files
    /// kept as new versions (when the duplicate policy keeps versions). Each version is an instance
    /// of its own, with its own server id.
    /// </summary>
    public int Version { get; private set; } = 1;

    /// <summary>Every element in file order, nested ones with their item path.</summary>
    public IReadOnlyList<InstanceTagValue> TagValues => _tagValues;

    /// <summary>Creates a new instance about to be stored.</summary>
    /// <param name="id">Server id.</param>
    /// <param name="attributes">Attributes read from the data set.</param>
    /// <param name="content">Hash and size of the original.</param>
    /// <param name="hasRenderedImage">Whether a rendered PNG was written under <see cref="InstanceBlobKeys.Rendered"/>.</param>
    /// <param name="tagValues">Every element, in file order.</param>
    /// <param name="receivedAt">Reception time.</param>
    public static DicomInstance Create(
        InstanceId id,
        InstanceAttributes attributes,
        StoredContent content,
        bool hasRenderedImage,
        IEnumerable<InstanceTagValue> tagValues,
        DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(tagValues);
        var instance = new DicomInstance
        {
            Id = id,
            StudyInstanceUid = attributes.StudyInstanceUid,
            SeriesInstanceUid = attributes.SeriesInstanceUid,
            SopInstanceUid = attributes.SopInstanceUid,
            SopClassUid = attributes.SopClassUid,
            Modality = attributes.Modality,
            PatientId = attributes.PatientId,
            PatientName = attributes.PatientName,
            StudyDate = attributes.StudyDate,
            TransferSyntaxUid = attributes.TransferSyntaxUid,
            Rows = attributes.Rows,
            Columns = attributes.Columns,
            NumberOfFrames = attributes.NumberOfFrames,
            Sha256 = content.Sha256,
            SizeBytes = content.SizeBytes,
            OriginalBlobKey = InstanceBlobKeys.Original(id),
            RenderedBlobKey = hasRenderedImage ? InstanceBlobKeys.Rendered(id) : null,
            ReceivedAt = receivedAt,
        };
        instance._tagValues.AddRange(tagValues);
        return instance;
    }

    /// <summary>Makes this instance, not yet stored, the given version of its SOP Instance UID.</summary>
    /// <param name="version">1 or more.</param>
    public void AssignVersion(int version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        Version = version;
    }

    /// <summary>Every blob key the instance owns, for deletion.</summary>
    public IEnumerable<string> BlobKeys()
    {
        yield return OriginalBlobKey;
        if (RenderedBlobKey is not null)
        {
            yield return RenderedBlobKey;
        }
    }
}
