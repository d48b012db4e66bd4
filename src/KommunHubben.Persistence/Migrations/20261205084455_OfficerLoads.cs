using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KommunHubben.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OfficerLoads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "officer_loads",
                columns: table => new
                {
                    OfficerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OpenCases = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_officer_loads", x => new { x.OfficerId, x.Type });
                });

            // The statuses CaseLifecycle.IsOpenInQueue counts as an officer's open work when this migration was written.
            // Every change of a case's officer, status or type moves one count from its old (officer, type) row to
            // its new one, in the same transaction as the change. The two rows are touched in key order, so two
            // moves in opposite directions (a hand-over A→B beside one B→A) cannot deadlock on them.
            migrationBuilder.Sql("""
                CREATE FUNCTION officer_loads_follow_case() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    old_officer text; old_type text; new_officer text; new_type text;
                BEGIN
                    IF TG_OP <> 'INSERT' AND OLD."AssignedOfficerId" IS NOT NULL
                       AND OLD."Status" IN ('Routed', 'Claimed', 'AwaitingSupplement', 'Decided') THEN
                        old_officer := OLD."AssignedOfficerId"; old_type := OLD."Type";
                    END IF;
                    IF TG_OP <> 'DELETE' AND NEW."AssignedOfficerId" IS NOT NULL
                       AND NEW."Status" IN ('Routed', 'Claimed', 'AwaitingSupplement', 'Decided') THEN
                        new_officer := NEW."AssignedOfficerId"; new_type := NEW."Type";
                    END IF;
                    IF old_officer IS NOT DISTINCT FROM new_officer AND old_type IS NOT DISTINCT FROM new_type THEN
                        RETURN NULL;
                    END IF;
                    IF new_officer IS NOT NULL AND (old_officer IS NULL OR (new_officer, new_type) < (old_officer, old_type)) THEN
                        INSERT INTO officer_loads ("OfficerId", "Type", "OpenCases") VALUES (new_officer, new_type, 1)
                        ON CONFLICT ("OfficerId", "Type") DO UPDATE SET "OpenCases" = officer_loads."OpenCases" + 1;
                        new_officer := NULL;
                    END IF;
                    IF old_officer IS NOT NULL THEN
                        UPDATE officer_loads SET "OpenCases" = "OpenCases" - 1 WHERE "OfficerId" = old_officer AND "Type" = old_type;
                    END IF;
                    IF new_officer IS NOT NULL THEN
                        INSERT INTO officer_loads ("OfficerId", "Type", "OpenCases") VALUES (new_officer, new_type, 1)
                        ON CONFLICT ("OfficerId", "Type") DO UPDATE SET "OpenCases" = officer_loads."OpenCases" + 1;
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER cases_officer_loads AFTER INSERT OR DELETE OR UPDATE OF "AssignedOfficerId", "Status", "Type"
                ON cases FOR EACH ROW EXECUTE FUNCTION officer_loads_follow_case();

                INSERT INTO officer_loads ("OfficerId", "Type", "OpenCases")
                SELECT "AssignedOfficerId", "Type", count(*) FROM cases
                WHERE "AssignedOfficerId" IS NOT NULL AND "Status" IN ('Routed', 'Claimed', 'AwaitingSupplement', 'Decided')
                GROUP BY "AssignedOfficerId", "Type";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER cases_officer_loads ON cases;
                DROP FUNCTION officer_loads_follow_case();
                """);
            migrationBuilder.DropTable(
                name: "officer_loads");
        }
    }
}
