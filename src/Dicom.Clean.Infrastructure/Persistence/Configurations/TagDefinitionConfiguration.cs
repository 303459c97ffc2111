using Dicom.Clean.Domain.Tags;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dicom.Clean.Infrastructure.Persistence.Configurations;

/// <summary>Table <c>tag_definitions</c>: one row per distinct (tag, VR, keyword).</summary>
internal sealed class TagDefinitionConfiguration : IEntityTypeConfiguration<TagDefinition>
{
    public void Configure(EntityTypeBuilder<TagDefinition> builder)
    {
        builder.ToTable("tag_definitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").ValueGeneratedOnAdd();
        builder.Property(d => d.Tag).HasColumnName("tag");
        builder.Property(d => d.Vr).HasColumnName("vr").HasMaxLength(2).IsRequired();
        builder.Property(d => d.Keyword).HasColumnName("keyword").IsRequired();
        builder.Ignore(d => d.TagText);
        builder.HasIndex(d => new { d.Tag, d.Vr, d.Keyword }).IsUnique().HasDatabaseName("ix_tag_definitions_tag_vr_keyword");
    }
}
