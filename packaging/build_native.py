"""Compile the pipeline's modules with mypyc for the sources as they are now (see
``newsdesk/core/native.py``), where this machine can: a C compiler, Python's headers and mypy
(``pip install -e ".[native]"``).

    python packaging/build_native.py          # build, unless a build of these sources exists
    python packaging/build_native.py --force  # build again

Exit status: 0 built (or already built), 3 this machine cannot build (the pure Python runs:
the same results, only slower), 1 the build failed (the message says why; nothing is left
half-built: a build is complete before it takes its name).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

os.environ["NEWSDESK_PURE"] = "1"  # (this process reads the sources; it never loads a build)

from newsdesk.core import native

CANNOT = 3

_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
paths, out, temp, target = sys.argv[1].split(","), sys.argv[2], sys.argv[3], sys.argv[4]
setup(
    name="newsdesk-native",
    ext_modules=mypycify(paths, group_name={group!r}, opt_level="3", target_dir=target),
    script_args=["build_ext", "--build-lib", out, "--build-temp", temp],
)
"""


def missing_tools() -> str | None:
    """What this machine lacks to compile (None: nothing)."""
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        return 'mypyc is not installed (pip install -e ".[native]")'
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        return f"no C compiler ({cc}) on the PATH"
    include = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not include.is_file():
        return f"Python's C headers are missing ({include})"
    return None


def build(package: Path, force: bool = False) -> int:
    folder = native.build_folder(package)
    if folder is None:
        print(f"build_native: cannot read the sources in {package}", file=sys.stderr)
        return 1
    if not force and (folder / "COMPLETE").is_file():
        print(f"build_native: the compiled pipeline is up to date ({folder.name})")
        return 0
    lacking = missing_tools()
    if lacking:
        print(f"build_native: not compiled, the pipeline runs as pure Python: {lacking}")
        return CANNOT
    # (mypyc names each module from the packages around its file: newsdesk.core.pipeline)
    paths = [str(package / f"{m}.py") for m in native.MODULES]
    print("build_native: compiling the pipeline with mypyc (once for these sources; about half a minute)…")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="newsdesk-native-") as tmp:
        out, temp, target = (str(Path(tmp, d)) for d in ("lib", "temp", "c"))
        done = subprocess.run(
            [sys.executable, "-c", _SETUP.format(group=native.GROUP), ",".join(paths), out, temp, target],
            cwd=tmp,  # (not the project's folder: setuptools would read its pyproject.toml)
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
            print(f"build_native: mypyc failed; the pipeline runs as pure Python:\n{tail}", file=sys.stderr)
            return 1
        if native.build_folder(package) != folder:
            print("build_native: the sources changed while compiling; run it again", file=sys.stderr)
            return 1
        built = sorted(Path(out, "newsdesk", "core").glob("*" + sysconfig.get_config_var("EXT_SUFFIX")))
        names = {p.name.split(".")[0] for p in built}
        if not set(native.MODULES) <= names:
            print(f"build_native: the build lacks {sorted(set(native.MODULES) - names)}", file=sys.stderr)
            return 1
        try:
            install(built, folder)
        except OSError as exc:  # (a read-only install, a full disk: the pure Python runs)
            print(f"build_native: cannot write the build into {folder.parent}: {exc}", file=sys.stderr)
            return 1
    for old in folder.parent.iterdir():  # (builds of earlier sources: never loaded again)
        if old != folder and old.is_dir() and not old.name.startswith("."):  # (not a build being staged)
            shutil.rmtree(old, ignore_errors=True)
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import newsdesk.core.pipeline\nfrom newsdesk.core import native\nassert native.compiled()",
        ],
        cwd=package.parent.parent,  # (the folder holding the package: this very package loads)
        env={k: v for k, v in os.environ.items() if k != native.PURE_ENV},
        capture_output=True,
        text=True,
    )
    if check.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        print(f"build_native: the build does not load, removed:\n{check.stderr.strip()[-800:]}", file=sys.stderr)
        return 1
    print(f"build_native: compiled in {time.monotonic() - started:.0f} s into {folder}")
    return 0


def install(built: list[Path], folder: Path) -> None:
    """Copy the compiled modules into ``folder``: staged beside it, marked complete, then renamed,
    so a build is never found half-written; a failed copy leaves nothing behind."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        for p in built:
            shutil.copy2(p, staging / p.name)
        (staging / "COMPLETE").write_text(
            f"python {sys.version.split()[0]}, {_mypy_version()}, {time.strftime('%Y-%m-%d %H:%M')}\n",
            encoding="utf-8",
        )
        if folder.exists():
            shutil.rmtree(folder)
        staging.rename(folder)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _mypy_version() -> str:
    from mypy.version import __version__

    return f"mypy {__version__}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="build again even where a build exists")
    args = parser.parse_args(argv)
    return build(Path(native.__file__).resolve().parent, force=args.force)


if __name__ == "__main__":
    sys.exit(main())
