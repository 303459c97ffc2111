using Dicom.Clean.Domain.Instances;

namespace Dicom.Clean.Application.Common.Ports;

/// <summary>Makes new server ids.</summary>
public interface IInstanceIdGenerator
{
    /// <summary>A new id, unique with overwhelming probability (122 random bits).</summary>
    InstanceId NewId();
}
