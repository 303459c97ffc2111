using Dicom.Clean.Application.Common.Ports;
using Dicom.Clean.Domain.Instances;

namespace Dicom.Clean.Infrastructure.Identity;

/// <summary>Server ids from random (version 4) UUIDs, encoded as the seed's short UUIDs.</summary>
internal sealed class ShortUuidGenerator : IInstanceIdGenerator
{
    public InstanceId NewId() => InstanceId.FromUuid(Guid.NewGuid());
}
