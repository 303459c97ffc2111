using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dicom.Clean.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InstanceTagsDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "instance_tags_documents",
                columns: table => new
                {
                    instance_id = table.Column<string>(type: "TEXT", maxLength: 22, nullable: false),
                    utf8_json = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instance_tags_documents", x => x.instance_id);
                    table.ForeignKey(
                        name: "FK_instance_tags_documents_instances_instance_id",
                        column: x => x.instance_id,
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "instance_tags_documents");
        }
    }
}
