using Dicom.Clean.Domain.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dicom.Clean.Infrastructure.Persistence.Configurations;

/// <summary>
/// Table <c>instance_tag_values</c>: keyed by (instance, position in file order), so an
/// instance's tags are one range scan of the primary key, already in order.
/// </summary>
internal sealed class InstanceTagValueConfiguration : IEntityTypeConfiguration<InstanceTagValue>
{
    public void Configure(EntityTypeBuilder<InstanceTagValue> builder)
    {
        builder.ToTable("instance_tag_values");
        builder.Property<InstanceId>("InstanceId").HasColumnName("instance_id")
            .HasConversion(id => id.Value, value => InstanceId.From(value))
            .HasMaxLength(InstanceId.Length);
        builder.HasKey("InstanceId", nameof(InstanceTagValue.Ordinal));
        builder.Property(v => v.Ordinal).HasColumnName("ordinal").ValueGeneratedNever();
        builder.Property(v => v.Path).HasColumnName("path").IsRequired();
        builder.Property(v => v.Value).HasColumnName("value").IsRequired();
        builder.Property(v => v.DefinitionId).HasColumnName("tag_definition_id");
        builder.HasOne(v => v.Definition).WithMany().HasForeignKey(v => v.DefinitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.DefinitionId).HasDatabaseName("ix_instance_tag_values_tag_definition_id");
    }
}
