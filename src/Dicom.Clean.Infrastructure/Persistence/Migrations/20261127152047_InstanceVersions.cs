using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dicom.Clean.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InstanceVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_instances_sop_instance_uid",
                table: "instances");

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "instances",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.CreateIndex(
                name: "ix_instances_sop_instance_uid_version",
                table: "instances",
                columns: new[] { "sop_instance_uid", "version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_instances_sop_instance_uid_version",
                table: "instances");

            migrationBuilder.DropColumn(
                name: "version",
                table: "instances");

            migrationBuilder.CreateIndex(
                name: "ix_instances_sop_instance_uid",
                table: "instances",
                column: "sop_instance_uid",
                unique: true);
        }
    }
}
