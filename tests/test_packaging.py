"""The installable app: desktop files validate, and a PyInstaller build starts and self-tests."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import newsdesk
from newsdesk.core import native

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def test_version_comes_from_pyproject() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert newsdesk.__version__ == data["project"]["version"]


def test_icons_exist_in_all_sizes() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "newsdesk.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (icons / f"newsdesk-{size}.png").stat().st_size > 100


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-validate not installed")
def test_desktop_file_validates() -> None:
    res = subprocess.run(
        ["desktop-file-validate", str(PACKAGING / "io.github.newsdesk.Newsdesk.desktop")],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_validates() -> None:
    res = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(PACKAGING / "io.github.newsdesk.Newsdesk.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stdout + res.stderr


def test_pyinstaller_build_starts_and_self_tests(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    dist, work = tmp_path / "dist", tmp_path / "work"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(PACKAGING / "newsdesk.spec"),
        ],
        check=True,
        capture_output=True,
    )
    (folder,) = dist.iterdir()
    exe = folder / "newsdesk"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env, timeout=60)
    assert version.stdout.strip() == f"newsdesk {newsdesk.__version__}"
    test = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, env=env, timeout=120)
    assert test.returncode == 0, test.stdout + test.stderr
    assert "self-test passed" in test.stdout
    # the pipeline compiled where a build of the present sources was there to bundle
    built = native.find_build(ROOT / "newsdesk" / "core", {})
    assert f"pipeline: {'compiled' if built else 'pure Python'}" in test.stdout
