using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dicom.Clean.Infrastructure.Jobs.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ImportJobCaller : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "requested_by",
                table: "import_jobs",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "system");

            migrationBuilder.AddColumn<string>(
                name: "requested_by_role",
                table: "import_jobs",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "requested_from",
                table: "import_jobs",
                type: "TEXT",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "requested_by",
                table: "import_jobs");

            migrationBuilder.DropColumn(
                name: "requested_by_role",
                table: "import_jobs");

            migrationBuilder.DropColumn(
                name: "requested_from",
                table: "import_jobs");
        }
    }
}
