using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KommunHubben.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NotificationCaseIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_notifications_CaseId_Kind",
                table: "notifications",
                columns: new[] { "CaseId", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_notifications_CaseId_Kind",
                table: "notifications");
        }
    }
}
