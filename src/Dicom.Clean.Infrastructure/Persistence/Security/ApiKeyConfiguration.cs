using Dicom.Clean.Domain.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dicom.Clean.Infrastructure.Persistence.Security;

/// <summary>Table <c>api_keys</c>: id, name, role, SHA-256 of the token, creation and revocation.</summary>
internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasColumnName("id").HasMaxLength(64);
        builder.Property(k => k.Name).HasColumnName("name").HasMaxLength(100).IsRequired();
        builder.Property(k => k.Role).HasColumnName("role").HasConversion<string>().HasMaxLength(16);
        builder.Property(k => k.Hash).HasColumnName("sha256").HasMaxLength(64).IsRequired();
        builder.Property(k => k.CreatedAt).HasColumnName("created_at").HasConversion(SqliteTimestamp.Converter);
        builder.Property(k => k.RevokedAt).HasColumnName("revoked_at").HasConversion(SqliteTimestamp.Converter);
        builder.Ignore(k => k.FromConfiguration);
        builder.Ignore(k => k.IsActive);
    }
}
