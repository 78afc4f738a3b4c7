"""Wine for the Windows build and its check: a fresh prefix with a Chinese font, and running programs in it.

Shared by build_windows.py (PyInstaller under Windows CPython) and check_windows.py (the installer installed,
self-tested, upgraded and uninstalled). Stdlib only.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import wine_shims

# Debian's fonts-wqy-microhei: a free font with every Simplified Chinese character the program shows.
CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
CJK_FAMILY = "WenQuanYi Micro Hei"
# Family names Windows programs (and Qt's fallback list for Han script) ask for on Chinese Windows; in the
# prefix they all resolve to the font above.
CHINESE_FAMILIES = (
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "SimSun",
    "NSimSun",
    "SimHei",
    "宋体",
    "微软雅黑",
)
# Wine's own user-interface fonts, linked to the Chinese font for the characters they lack.
LINKED_FAMILIES = ("Tahoma", "Segoe UI", "MS Shell Dlg", "MS Shell Dlg 2", "Arial", "Microsoft Sans Serif")


def prefix_path(name: str) -> Path:
    """Where a Wine prefix of the build lives: outside the source tree, because a prefix's drive Z: is a link
    to / and so to the tree itself, a loop for anything that walks the tree following links (setuptools'
    package discovery during `pip install -e .` never ends). SSCLIENT_BUILD_CACHE moves it with the cache."""
    base = os.environ.get("SSCLIENT_BUILD_CACHE") or Path.home() / ".cache" / "ssclient-build"
    return Path(base) / "wine-prefixes" / name


class WineError(RuntimeError):
    """Wine is missing or a program under it failed; the text says what to do."""


def require_wine() -> None:
    for program in ("wine", "wineboot", "wineserver"):
        if shutil.which(program) is None:
            raise WineError(
                f"'{program}' is not installed; install Debian's wine (apt-get install wine wine64), "
                "or run .ci/run, which installs what is missing"
            )


def environment(prefix: Path, **extra: str) -> dict[str, str]:
    """The environment for Wine programs in this prefix: quiet, no Mono/Gecko download prompts."""
    env = dict(os.environ)
    env.update(
        WINEPREFIX=str(prefix),
        WINEDEBUG="-all",
        WINEARCH="win64",
        # Without these wineboot offers to download .NET (Mono) and Internet Explorer (Gecko) in a dialog.
        WINEDLLOVERRIDES="mscoree=;mshtml=",
        # Wine converts command lines and file names with the Linux locale's character set: UTF-8, so that
        # Chinese names (C:\users\王 芳) arrive intact. (A zh_CN locale is rarely generated on build machines;
        # without one Wine's Windows locale is English, and the program still speaks Chinese, its default.)
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
    )
    env.pop("DISPLAY", None)  # nothing here needs a screen: Qt runs offscreen, installs are silent
    env.pop("WAYLAND_DISPLAY", None)
    env.update(extra)
    return env


def _registry_file() -> str:
    """A .reg file registering the Chinese font, the Chinese family names and font links to it."""

    def multi_string(*values: str) -> str:
        data = "".join(f"{value}\0" for value in values) + "\0"
        return "hex(7):" + ",".join(f"{byte:02x}" for byte in data.encode("utf-16-le"))

    link = multi_string(f"{CJK_FONT.name},{CJK_FAMILY}")
    lines = [
        "Windows Registry Editor Version 5.00",
        "",
        r"[HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion\Fonts]",
        f'"{CJK_FAMILY} & {CJK_FAMILY} Mono (TrueType)"="{CJK_FONT.name}"',
        "",
        r"[HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion\FontSubstitutes]",
        *(f'"{family}"="{CJK_FAMILY}"' for family in CHINESE_FAMILIES),
        "",
        r"[HKEY_LOCAL_MACHINE\Software\Microsoft\Windows NT\CurrentVersion\FontLink\SystemLink]",
        *(f'"{family}"={link}' for family in LINKED_FAMILIES),
        "",
    ]
    return "\r\n".join(lines)


def set_windows_version(prefix: Path, version: str) -> None:
    """Which Windows the prefix claims to be: win10, win7... (Debian's Wine 8 makes Windows 7 prefixes)."""
    # What `winecfg -v` writes; read by Wine when a program starts.
    command = ["wine", "reg", "add", r"HKCU\Software\Wine", "/v", "Version", "/d", version, "/f"]
    run(prefix, command, what=f"setting the Windows version to {version}")
    stop(prefix)


def first_face(collection: bytes) -> bytes:
    """The first font of a TrueType collection (.ttc) as a font file of its own (.ttf): Qt's offscreen
    platform on Windows reads fonts from a folder with FreeType and skips collections."""
    if collection[:4] != b"ttcf":
        raise WineError("not a TrueType collection")
    offset = struct.unpack_from(">I", collection, 12)[0]
    version, count = struct.unpack_from(">IH", collection, offset)
    records = [struct.unpack_from(">4sIII", collection, offset + 12 + 16 * i) for i in range(count)]
    header = bytearray(collection[offset : offset + 12])
    position = 12 + 16 * count
    directory, tables = bytearray(), bytearray()
    for tag, checksum, start, length in records:
        directory += struct.pack(">4sIII", tag, checksum, position + len(tables), length)
        tables += collection[start : start + length]
        tables += bytes(-len(tables) % 4)  # each table starts on a 4-byte boundary
    assert version in (0x00010000, 0x4F54544F)  # TrueType or CFF outlines
    return bytes(header + directory + tables)


def make_prefix(prefix: Path, windows_version: str = "win10") -> float:
    """A new, empty 64-bit prefix with the Chinese font registered, claiming to be the given Windows
    (Qt 6.8 supports Windows 10 and later); returns the seconds it took."""
    require_wine()
    if not CJK_FONT.is_file():
        raise WineError(f"the Chinese font {CJK_FONT} is missing; install fonts-wqy-microhei")
    started = time.perf_counter()
    if prefix.exists():
        stop(prefix)
        shutil.rmtree(prefix)
    prefix.parent.mkdir(parents=True, exist_ok=True)
    run(prefix, ["wineboot", "-i"], what="wineboot (a new Wine prefix)", timeout=300)
    fonts = prefix / "drive_c" / "windows" / "Fonts"
    fonts.mkdir(parents=True, exist_ok=True)
    shutil.copy2(CJK_FONT, fonts / CJK_FONT.name)
    (fonts / CJK_FONT.with_suffix(".ttf").name).write_bytes(first_face(CJK_FONT.read_bytes()))
    with tempfile.TemporaryDirectory() as folder:
        reg = Path(folder) / "cjk-font.reg"
        reg.write_bytes(b"\xff\xfe" + _registry_file().encode("utf-16-le"))
        run(prefix, ["wine", "regedit", "/S", str(reg)], what="regedit (registering the Chinese font)")
    set_windows_version(prefix, windows_version)
    # What Wine 8 lacks of Windows 10 (pydantic-core needs it: PyInstaller's pydantic hook imports it too).
    wine_shims.install_shims(prefix)
    stop(prefix)  # the registry is written to disk when the prefix's wineserver ends
    return time.perf_counter() - started


def windows_path(path: Path) -> str:
    """The path a Windows program in the prefix sees for a Linux path (Wine maps / to drive Z:)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def run(
    prefix: Path,
    command: Sequence[str],
    *,
    what: str,
    env: dict[str, str] | None = None,
    timeout: float = 1800,
    cwd: Path | None = None,
    echo: bool = False,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run a command in the prefix. Its output is read through a pipe: Windows CPython whose standard output
    is a file under Wine dies in init_sys_streams ("Invalid handle"), a pipe works."""
    process = subprocess.Popen(
        list(command),
        env=env or environment(prefix),
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line)
        if echo:
            print(f"      | {line.rstrip()}", flush=True)
        if time.monotonic() > deadline:
            break
    try:
        process.wait(timeout=max(1.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise WineError(f"{what} did not finish within {timeout:.0f} s") from None
    result = subprocess.CompletedProcess(list(command), process.returncode, "".join(lines), "")
    if check and result.returncode != 0:
        tail = "".join(lines[-30:])
        raise WineError(f"{what} failed with exit status {result.returncode}:\n{tail}")
    return result


def stop(prefix: Path) -> None:
    """End every program of the prefix and its wineserver (waits until it is gone)."""
    if shutil.which("wineserver") and prefix.exists():
        subprocess.run(["wineserver", "-k"], env=environment(prefix), check=False, capture_output=True)
        subprocess.run(["wineserver", "-w"], env=environment(prefix), check=False, capture_output=True)


if __name__ == "__main__":  # python3 wineenv.py PREFIX: make a prefix by hand, e.g. to try the installer
    print(f"prefix made in {make_prefix(Path(sys.argv[1])):.0f} s")
