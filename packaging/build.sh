#!/usr/bin/env bash
# Build the one-folder app into dist/newsdesk-<version>/ (needs PyInstaller in the venv).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q "pyinstaller>=6.0"
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/newsdesk.spec
echo "built: $(ls -d dist/newsdesk-*)"
