using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KommunHubben.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AfForwardings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "af_forwardings",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AfReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ForwardedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AfStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    AfOutcome = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AfStatusAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AfETag = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    LastPolledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedStatus = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SupplementsSent = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_af_forwardings", x => x.CaseId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_af_forwardings_IdempotencyKey",
                table: "af_forwardings",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_af_forwardings_Status_LastPolledAt",
                table: "af_forwardings",
                columns: new[] { "Status", "LastPolledAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "af_forwardings");
        }
    }
}
