#!/usr/bin/env bash
# Build the one-folder app into dist/newsdesk-<version>/ (needs PyInstaller in the venv).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q "pyinstaller>=6.0" "mypy>=1.10"
# the pipeline compiled with mypyc, bundled where it builds (status 3: no C compiler here)
"$PY" packaging/build_native.py || [ $? -eq 3 ]
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/newsdesk.spec
echo "built: $(ls -d dist/newsdesk-*)"
