using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dicom.Clean.Infrastructure.Persistence.Security;

/// <summary>Table <c>blob_key_checks</c>: key id and its check value.</summary>
internal sealed class BlobKeyCheckConfiguration : IEntityTypeConfiguration<BlobKeyCheck>
{
    public void Configure(EntityTypeBuilder<BlobKeyCheck> builder)
    {
        builder.ToTable("blob_key_checks");
        builder.HasKey(c => c.KeyId);
        builder.Property(c => c.KeyId).HasColumnName("key_id").HasMaxLength(64);
        builder.Property(c => c.CheckValue).HasColumnName("check_value").HasMaxLength(64).IsRequired();
        builder.Property(c => c.FirstUsedAt).HasColumnName("first_used_at").HasConversion(SqliteTimestamp.Converter);
    }
}
