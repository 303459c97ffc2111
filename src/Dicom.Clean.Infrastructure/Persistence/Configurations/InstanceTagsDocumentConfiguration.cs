using Dicom.Clean.Domain.Instances;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dicom.Clean.Infrastructure.Persistence.Configurations;

/// <summary>Table <c>instance_tags_documents</c>: one JSON document per instance, removed with it.</summary>
internal sealed class InstanceTagsDocumentConfiguration : IEntityTypeConfiguration<InstanceTagsDocument>
{
    public void Configure(EntityTypeBuilder<InstanceTagsDocument> builder)
    {
        builder.ToTable("instance_tags_documents");
        builder.HasKey(d => d.InstanceId);
        builder.Property(d => d.InstanceId).HasColumnName("instance_id")
            .HasConversion(id => id.Value, value => InstanceId.From(value))
            .HasMaxLength(InstanceId.Length);
        builder.Property(d => d.Utf8Json).HasColumnName("utf8_json").IsRequired();
        builder.HasOne<DicomInstance>().WithOne().HasForeignKey<InstanceTagsDocument>(d => d.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
