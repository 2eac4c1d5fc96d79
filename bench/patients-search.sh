#!/usr/bin/env bash
# Patient search over 100,000 patients of one tenant (docs/benchmarks.md): builds a tenant-like
# schema with the real migration, fills it, and shows the plans and timings of the queries the
# registry runs for `GET /api/patients?q=<prefix>` (page and count).
# Usage: bench/patients-search.sh [psql connection string]   (default: the local hms database)
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-postgresql://postgres@127.0.0.1:5432/hms}"
schema=t_bench_search
n=100000
psql "$db" -q -v ON_ERROR_STOP=1 -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema;"
PGOPTIONS="--search_path=$schema" psql "$db" -q -v ON_ERROR_STOP=1 \
  -f src/main/resources/db/tenant/V3__patients_and_audit.sql
# Names drawn from small lists, so a prefix matches a realistic share of rows.
PGOPTIONS="--search_path=$schema" psql "$db" -q -v ON_ERROR_STOP=1 <<SQL
INSERT INTO patients (id, mrn, given_name, family_name, date_of_birth, sex, phone, email, status,
  search_given, search_family, search_phone, search_email, created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid()::text, 'P-' || lpad(i::text, 6, '0'), g, f,
       date '1930-01-01' + (i * 37 % 30000), (ARRAY['FEMALE','MALE','OTHER','UNKNOWN'])[1 + i % 4],
       '+49 30 ' || (1000000 + i), lower(g) || '.' || lower(f) || i || '@example.org', 'ACTIVE',
       lower(g), lower(f), '4930' || (1000000 + i), lower(g) || '.' || lower(f) || i || '@example.org',
       now(), 'bench', now(), 'bench'
FROM generate_series(1, $n) AS i,
     LATERAL (SELECT (ARRAY['Anna','Ben','Clara','David','Emma','Felix','Greta','Hugo','Ida','Jonas',
                            'Karla','Leon','Mia','Noah','Olga','Paul'])[1 + i % 16] AS g,
                     (ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker',
                            'Schulz','Hoffmann','Koch','Richter','Klein','Wolf','Schröder','Neumann',
                            'Schwarz','Zimmermann','Braun','Krüger'])[1 + (i / 16) % 20] || (i % 500)
                       AS f) AS names;
UPDATE patients SET search_family = translate(search_family, 'üöä', 'uoa');
ANALYZE patients;
SQL
where="(mrn = 'schw' OR search_family LIKE 'schw%' OR search_given LIKE 'schw%' OR search_email LIKE 'schw%')"
echo "patients: $n; query: q=schw (matches $(psql "$db" -Atc "SELECT count(*) FROM $schema.patients WHERE $where") rows)"
psql "$db" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT id, mrn, given_name, family_name FROM $schema.patients WHERE $where ORDER BY search_family, id LIMIT 20" \
  | grep -vE "^\s*$"
psql "$db" -c "EXPLAIN (ANALYZE, COSTS OFF) SELECT count(id) FROM $schema.patients WHERE $where" | grep -vE "^\s*$"
echo "warm timings (the third of three runs):"
for q in "SELECT id FROM $schema.patients WHERE $where ORDER BY search_family, id LIMIT 20" \
         "SELECT count(id) FROM $schema.patients WHERE $where"; do
  t=$(psql "$db" -Atq -c "\\timing on" -c "$q" -c "$q" -c "$q" 2>&1 | grep -E "^Time" | tail -1)
  echo "  ${q:0:70}...  $t"
done
psql "$db" -q -c "SET client_min_messages = warning; DROP SCHEMA $schema CASCADE"
