using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dicom.Clean.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "instances",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 22, nullable: false),
                    study_instance_uid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    series_instance_uid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    sop_instance_uid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    sop_class_uid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    modality = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    patient_id = table.Column<string>(type: "TEXT", nullable: true),
                    patient_name = table.Column<string>(type: "TEXT", nullable: true),
                    study_date = table.Column<string>(type: "TEXT", nullable: true),
                    transfer_syntax_uid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    rows = table.Column<int>(type: "INTEGER", nullable: true),
                    columns = table.Column<int>(type: "INTEGER", nullable: true),
                    number_of_frames = table.Column<int>(type: "INTEGER", nullable: true),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    original_blob_key = table.Column<string>(type: "TEXT", nullable: false),
                    rendered_blob_key = table.Column<string>(type: "TEXT", nullable: true),
                    received_at = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tag_definitions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    tag = table.Column<uint>(type: "INTEGER", nullable: false),
                    vr = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    keyword = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tag_definitions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "instance_tag_values",
                columns: table => new
                {
                    ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    instance_id = table.Column<string>(type: "TEXT", maxLength: 22, nullable: false),
                    path = table.Column<string>(type: "TEXT", nullable: false),
                    tag_definition_id = table.Column<int>(type: "INTEGER", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instance_tag_values", x => new { x.instance_id, x.ordinal });
                    table.ForeignKey(
                        name: "FK_instance_tag_values_instances_instance_id",
                        column: x => x.instance_id,
                        principalTable: "instances",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_instance_tag_values_tag_definitions_tag_definition_id",
                        column: x => x.tag_definition_id,
                        principalTable: "tag_definitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_instance_tag_values_tag_definition_id",
                table: "instance_tag_values",
                column: "tag_definition_id");

            migrationBuilder.CreateIndex(
                name: "ix_instances_modality",
                table: "instances",
                columns: new[] { "modality", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_instances_patient_id",
                table: "instances",
                columns: new[] { "patient_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_instances_received_at",
                table: "instances",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_instances_series_instance_uid",
                table: "instances",
                columns: new[] { "series_instance_uid", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_instances_sha256",
                table: "instances",
                column: "sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_instances_sop_instance_uid",
                table: "instances",
                column: "sop_instance_uid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_instances_study_instance_uid",
                table: "instances",
                columns: new[] { "study_instance_uid", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_tag_definitions_tag_vr_keyword",
                table: "tag_definitions",
                columns: new[] { "tag", "vr", "keyword" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "instance_tag_values");

            migrationBuilder.DropTable(
                name: "instances");

            migrationBuilder.DropTable(
                name: "tag_definitions");
        }
    }
}
