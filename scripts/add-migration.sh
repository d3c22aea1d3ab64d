#!/usr/bin/env bash
# Adds one migration to ALL THREE providers' migration sets (SQLite, SQL Server, PostgreSQL), so they stay in sync.
#   bash scripts/add-migration.sh NAME
# The PostgreSQL set starts with one baseline of the whole model (PostgreSqlBaseline, decision 0030); every
# migration after it exists in all three sets in the same order (MigrationSetsTests).
set -euo pipefail
name="${1:?usage: add-migration.sh NAME}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build GovData.Workflows -v q -nologo >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  dotnet ef migrations add "$name" --no-build \
    --project GovData.Workflows --startup-project GovData.Workflows \
    --context "${provider}GovDataDbContext" \
    --output-dir "Persistence/Migrations/$provider"
done
