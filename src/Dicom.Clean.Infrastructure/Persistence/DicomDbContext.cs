using Dicom.Clean.Domain.Instances;
using Dicom.Clean.Domain.Tags;
using Microsoft.EntityFrameworkCore;

namespace Dicom.Clean.Infrastructure.Persistence;

/// <summary>The SQLite database: instances, tag definitions and instance tag values.</summary>
public sealed class DicomDbContext(DbContextOptions<DicomDbContext> options) : DbContext(options)
{
    /// <summary>Stored instances (the seed's <c>dicom</c> table).</summary>
    public DbSet<DicomInstance> Instances => Set<DicomInstance>();

    /// <summary>Distinct (tag, VR, keyword) triples (the seed's <c>tag</c> table).</summary>
    public DbSet<TagDefinition> TagDefinitions => Set<TagDefinition>();

    /// <summary>Every element of every instance (the seed's <c>dicom-tags</c> table).</summary>
    public DbSet<InstanceTagValue> TagValues => Set<InstanceTagValue>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        // Only this context's configurations: the jobs and security contexts keep their own models.
        modelBuilder.ApplyConfigurationsFromAssembly(
            typeof(DicomDbContext).Assembly,
            t => t.Namespace == typeof(Configurations.DicomInstanceConfiguration).Namespace);
}
