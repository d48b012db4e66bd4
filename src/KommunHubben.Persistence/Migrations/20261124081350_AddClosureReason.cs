using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KommunHubben.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddClosureReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClosureReason",
                table: "cases",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosureReason",
                table: "cases");
        }
    }
}
