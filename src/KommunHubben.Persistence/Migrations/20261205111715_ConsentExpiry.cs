using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KommunHubben.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ConsentExpiry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "ExpiryNoticeSentAt",
                table: "consents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LapseHandledAt",
                table: "consents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_consents_ExpiresOn",
                table: "consents",
                column: "ExpiresOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_consents_ExpiresOn",
                table: "consents");

            migrationBuilder.DropColumn(
                name: "ExpiryNoticeSentAt",
                table: "consents");

            migrationBuilder.DropColumn(
                name: "LapseHandledAt",
                table: "consents");
        }
    }
}
