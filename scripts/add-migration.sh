#!/usr/bin/env bash
# Adds one migration to BOTH providers' migration sets, so they stay in sync.
#   bash scripts/add-migration.sh NAME
set -euo pipefail
name="${1:?usage: add-migration.sh NAME}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build GovData.Workflows -v q -nologo >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --no-build \
    --project GovData.Workflows --startup-project GovData.Workflows \
    --context "${provider}GovDataDbContext" \
    --output-dir "Persistence/Migrations/$provider"
done
