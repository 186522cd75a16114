"""The installable app: desktop files validate, and a PyInstaller build starts and self-tests."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

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
    # the pipeline is bundled compiled where a build of the present sources is there to bundle
    built = native.find_build(ROOT / "newsdesk" / "core", {})
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
    assert f"pipeline: {'compiled' if built else 'pure Python'}" in test.stdout


def _build_native() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_native", PACKAGING / "build_native.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_compiler_means_the_pure_python_and_nothing_written(
    core_sources: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    build_native = _build_native()
    monkeypatch.setattr(build_native.shutil, "which", lambda name: None)
    assert build_native.build(core_sources) == build_native.CANNOT
    assert "no C compiler" in capsys.readouterr().out
    assert not (core_sources / native.FOLDER).exists()


def test_a_build_of_the_present_sources_is_not_built_again(core_sources: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_native = _build_native()
    folder = native.build_folder(core_sources)
    assert folder is not None
    build_native.install([], folder)
    monkeypatch.setattr(build_native, "missing_tools", lambda: pytest.fail("asked to compile"))
    assert build_native.build(core_sources) == 0
    assert native.find_build(core_sources, {}) == folder


def test_a_failed_install_leaves_no_build(tmp_path: Path, core_sources: Path) -> None:
    build_native = _build_native()
    folder = native.build_folder(core_sources)
    assert folder is not None
    good = tmp_path / "pipeline.so"
    good.write_bytes(b"\0")
    with pytest.raises(OSError):
        build_native.install([good, tmp_path / "missing.so"], folder)
    assert list((core_sources / native.FOLDER).iterdir()) == []  # (no half-written build, no staging left)
    assert native.find_build(core_sources, {}) is None
