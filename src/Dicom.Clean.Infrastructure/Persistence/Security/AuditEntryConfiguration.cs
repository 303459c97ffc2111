using Dicom.Clean.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dicom.Clean.Infrastructure.Persistence.Security;

/// <summary>Table <c>audit_entries</c>, indexed for the admin queries (by key, by instance, by time).</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(e => e.At).HasColumnName("at").HasConversion(SqliteTimestamp.Converter).IsRequired();
        builder.Property(e => e.KeyId).HasColumnName("key_id").HasMaxLength(200).IsRequired();
        builder.Property(e => e.Action).HasColumnName("action").HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.InstanceId).HasColumnName("instance_id").HasMaxLength(64);
        builder.Property(e => e.RemoteAddress).HasColumnName("remote_address").HasMaxLength(64);
        builder.HasIndex(e => new { e.KeyId, e.Id }).HasDatabaseName("ix_audit_entries_key_id");
        builder.HasIndex(e => new { e.InstanceId, e.Id }).HasDatabaseName("ix_audit_entries_instance_id");
        builder.HasIndex(e => e.At).HasDatabaseName("ix_audit_entries_at");
    }
}
