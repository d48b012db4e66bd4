-- National-scale data for the read benchmark: 290 municipalities x 3 units, 3 contact persons per unit, 300 officers,
-- :cases cases over five years (the newest 1 % open in officers' queues, the rest closed, rejected or withdrawn), their history and
-- deadlines. Generated inside PostgreSQL with generate_series: no row crosses the network. ProtectedDetails are
-- copied from real encrypted cases in bench_blobs, so opening a seeded case decrypts like any other.
INSERT INTO units ("Id", "Name", "Kind")
SELECT format('m%s-u%s', m, u), format('Kommun %s enhet %s', m, u), CASE WHEN u = 1 THEN 'Jobbtorg' ELSE 'Ekonomiskt bistånd' END
FROM generate_series(1, 290) m, generate_series(1, 3) u;

INSERT INTO users ("Id", "Name", "Role", "UnitId", "Active")
SELECT format('kp-m%s-u%s-%s', m, u, k), format('Kontaktperson %s', k), 'ContactPerson', format('m%s-u%s', m, u), true
FROM generate_series(1, 290) m, generate_series(1, 3) u, generate_series(1, 3) k;

INSERT INTO users ("Id", "Name", "Role", "UnitId", "Active")
SELECT format('af-n%s', o), format('Handläggare %s', o), 'Officer', NULL, true FROM generate_series(1, 300) o;

INSERT INTO cases ("Id", "Type", "Status", "UnitId", "SubmittedBy", "AssignedOfficerId", "RoutingReason", "Outcome",
                   "Priority", "ProtectedDetails", "SubmittedAt", "UpdatedAt", "Version", "Reference")
SELECT md5('national-case-' || s.i)::uuid,
       (ARRAY['GeneralQuestion', 'IndividualPlanning', 'DisabilityCoding', 'WageSubsidy'])[1 + s.i % 4],
       CASE WHEN s.i > :cases - :cases / 100
            THEN (ARRAY['Routed', 'Claimed', 'Claimed', 'AwaitingSupplement'])[1 + (s.i / 7) % 4]
            ELSE (ARRAY['Closed', 'Closed', 'Closed', 'Closed', 'Rejected', 'Withdrawn'])[1 + (s.i / 7) % 6] END,
       format('m%s-u%s', 1 + (s.i % 870) / 3, 1 + s.i % 3),
       format('kp-m%s-u%s-%s', 1 + (s.i % 870) / 3, 1 + s.i % 3, 1 + (s.i / 870) % 3),
       format('af-n%s', 1 + s.i % 300),
       'seeded',
       NULL,
       CASE WHEN s.i % 10 = 0 THEN 1 ELSE 0 END,
       b.details,
       now() - (:cases - s.i) * (interval '5 years' / :cases),
       now() - (:cases - s.i) * (interval '5 years' / :cases) + interval '3 days',
       2,
       -- Every case has its reference (the hub numbers each year from 1; seven digits here keep clear of those).
       'KH-' || to_char(now() - (:cases - s.i) * (interval '5 years' / :cases), 'YYYY') || '-' || lpad(s.i::text, 7, '0')
FROM generate_series(1, :cases) s(i)
JOIN bench_blobs b ON b.n = s.i % (SELECT count(*) FROM bench_blobs);

INSERT INTO case_history ("CaseId", "At", "Action", "FromStatus", "ToStatus", "ActorId")
SELECT "Id", "SubmittedAt", 'Submit', 'Submitted', 'Submitted', "SubmittedBy" FROM cases WHERE "RoutingReason" = 'seeded'
UNION ALL
SELECT "Id", "SubmittedAt" + interval '1 minute', 'Route', 'Submitted', 'Routed', 'workflow' FROM cases WHERE "RoutingReason" = 'seeded'
UNION ALL
SELECT "Id", "UpdatedAt", 'Close', 'Decided', 'Closed', "AssignedOfficerId" FROM cases WHERE "RoutingReason" = 'seeded' AND "Status" = 'Closed';

-- One decision deadline per case: pending for open cases, fired for the rest.
INSERT INTO deadlines ("CaseId", "Kind", "DueAt", "IsReminder", "CreatedAt", "FiredAt", "Result")
SELECT "Id", 'Decision', "SubmittedAt" + interval '14 days', false, "SubmittedAt",
       CASE WHEN "Status" IN ('Routed', 'Claimed', 'AwaitingSupplement') THEN NULL ELSE "UpdatedAt" END,
       CASE WHEN "Status" IN ('Routed', 'Claimed', 'AwaitingSupplement') THEN NULL ELSE 'NoLongerRelevant' END
FROM cases WHERE "RoutingReason" = 'seeded';

-- One evidence file per disability-coding case (the content is not read by the benchmarked views, only listed).
INSERT INTO attachments ("Id", "UploadedBy", "UnitId", "FileType", "Length", "ProtectedName", "ProtectedContent", "UploadedAt", "CaseId")
SELECT md5('national-attachment-' || c."Id")::uuid, c."SubmittedBy", c."UnitId", 'Pdf', 1024, f."ProtectedName", f."ProtectedContent",
       c."SubmittedAt", c."Id"
FROM cases c CROSS JOIN (SELECT "ProtectedName", "ProtectedContent" FROM attachments WHERE "CaseId" IS NULL LIMIT 1) f
WHERE c."RoutingReason" = 'seeded' AND c."Type" = 'DisabilityCoding';

-- The coordinators' projection of every seeded case, as the reporting consumer would have folded it: gender from
-- the case number, closed cases with a spread of closure reasons, one case in 20 in a joint project.
INSERT INTO reporting_cases ("CaseId", "Type", "UnitId", "ContactPersonId", "ProjectId", "Gender", "SubmittedAt", "Status",
                             "StatusAt", "OfficerId", "OfficerAt", "FirstActionAt", "DecidedAt", "Outcome", "ClosedAt",
                             "ClosureReason", "SupplementRounds", "FirstActionBreached", "DecisionBreached", "Version")
SELECT c."Id", c."Type", c."UnitId", c."SubmittedBy",
       CASE WHEN n % 20 = 0 THEN 'stockholmskraften' END,
       CASE WHEN n % 2 = 0 THEN 'Woman' ELSE 'Man' END,
       c."SubmittedAt", c."Status", c."UpdatedAt", c."AssignedOfficerId", c."SubmittedAt" + interval '1 minute',
       c."SubmittedAt" + interval '1 day',
       CASE WHEN c."Status" = 'Closed' THEN c."UpdatedAt" - interval '1 day' END,
       CASE WHEN c."Status" = 'Closed' THEN 'Answered' END,
       CASE WHEN c."Status" = 'Closed' THEN c."UpdatedAt" END,
       -- n / 2, not n: with n % 6 beside the gender's n % 2, no man would ever be re-referred (a column of zeros).
       CASE WHEN c."Status" = 'Closed' THEN (ARRAY['Work', 'Studies', 'ReReferred', 'OtherEffort', 'Other', 'Work'])[1 + n / 2 % 6] END,
       n % 4 / 3, n % 17 = 0, n % 13 = 0, 1
FROM (SELECT *, ('x' || substr("Id"::text, 1, 8))::bit(32)::int & 1023 AS n FROM cases WHERE "RoutingReason" = 'seeded') c;

-- VACUUM (ANALYZE) follows as its own command: it cannot run inside this batch's implicit transaction.
