using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KommunHubben.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReportingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_reporting_cases_ProjectId",
                table: "reporting_cases",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_cases_Status_ClosedAt",
                table: "reporting_cases",
                columns: new[] { "Status", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reporting_cases_SubmittedAt",
                table: "reporting_cases",
                column: "SubmittedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reporting_cases_ProjectId",
                table: "reporting_cases");

            migrationBuilder.DropIndex(
                name: "IX_reporting_cases_Status_ClosedAt",
                table: "reporting_cases");

            migrationBuilder.DropIndex(
                name: "IX_reporting_cases_SubmittedAt",
                table: "reporting_cases");
        }
    }
}
