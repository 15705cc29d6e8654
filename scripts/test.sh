#!/usr/bin/env bash
# Runs every test: unit tests, the golden fixtures against their reviewed JSON, schema validation.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
mvn -B verify
