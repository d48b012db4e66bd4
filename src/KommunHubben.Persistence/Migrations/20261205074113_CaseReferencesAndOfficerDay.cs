using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KommunHubben.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CaseReferencesAndOfficerDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reference",
                table: "cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectCodes",
                table: "cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_reference_counters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_reference_counters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "queue_visits",
                columns: table => new
                {
                    OfficerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LastLookedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_queue_visits", x => x.OfficerId);
                });

            // Cases submitted before references existed get theirs in submission order, per Stockholm year, and
            // each year's counter continues after them.
            migrationBuilder.Sql("""
                UPDATE cases c SET "Reference" = 'KH-' || n.y || '-' || lpad(n.rn::text, greatest(6, length(n.rn::text)), '0')
                FROM (SELECT "Id", extract(year FROM ("SubmittedAt" AT TIME ZONE 'Europe/Stockholm'))::int AS y,
                             row_number() OVER (PARTITION BY extract(year FROM ("SubmittedAt" AT TIME ZONE 'Europe/Stockholm'))
                                                ORDER BY "SubmittedAt", "Id") AS rn
                      FROM cases) n
                WHERE c."Id" = n."Id";
                INSERT INTO case_reference_counters ("Year", "LastNumber")
                SELECT extract(year FROM ("SubmittedAt" AT TIME ZONE 'Europe/Stockholm'))::int, count(*) FROM cases GROUP BY 1;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_cases_Reference",
                table: "cases",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_reference_counters");

            migrationBuilder.DropTable(
                name: "queue_visits");

            migrationBuilder.DropIndex(
                name: "IX_cases_Reference",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "Reference",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "SubjectCodes",
                table: "cases");
        }
    }
}
