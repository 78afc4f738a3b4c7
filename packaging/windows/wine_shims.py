"""What Debian's Wine 8 lacks of Windows 10, supplied to the build's and the check's Wine prefixes (never
shipped: the program runs on Windows, which has it).

pydantic-core (compiled with Rust 1.78 or newer, like every recent Rust program on Windows) imports
`ProcessPrng` from bcryptprimitives.dll, which Windows 10 and Wine 9 have and Wine 8 does not: without it
the installed program cannot load pydantic under Wine 8. This writes a bcryptprimitives.dll that holds no
code, only an export forwarded to advapi32's `SystemFunction036` (RtlGenRandom), which fills a buffer with
random bytes just as ProcessPrng does (the callers ignore the return value, always TRUE).
"""

from __future__ import annotations

import struct
from pathlib import Path

_SECTION_RVA = 0x1000
_FILE_ALIGNMENT = 0x200


def forwarding_dll(dll_name: str, exports: dict[str, str]) -> bytes:
    """A 64-bit PE DLL whose exports all forward elsewhere ("ProcessPrng" -> "advapi32.SystemFunction036")."""
    names = sorted(exports)  # the loader binary-searches the name table
    count = len(names)
    directory_size = 40
    functions_rva = _SECTION_RVA + directory_size
    names_rva = functions_rva + 4 * count
    ordinals_rva = names_rva + 4 * count
    strings = bytearray()
    strings_rva = ordinals_rva + 2 * count

    def add_string(text: str) -> int:
        rva = strings_rva + len(strings)
        strings.extend(text.encode("ascii") + b"\0")
        return rva

    dll_name_rva = add_string(dll_name)
    name_rvas = [add_string(name) for name in names]
    target_rvas = [add_string(exports[name]) for name in names]
    directory = struct.pack(
        "<IIHHIIIIIII", 0, 0, 0, 0, dll_name_rva, 1, count, count, functions_rva, names_rva, ordinals_rva
    )
    body = (
        directory
        + b"".join(struct.pack("<I", rva) for rva in target_rvas)
        + b"".join(struct.pack("<I", rva) for rva in name_rvas)
        + b"".join(struct.pack("<H", index) for index in range(count))
        + bytes(strings)
    )
    raw_size = -(-len(body) // _FILE_ALIGNMENT) * _FILE_ALIGNMENT
    dos = b"MZ" + bytes(58) + struct.pack("<I", 0x40)
    coff = struct.pack("<HHIIIHH", 0x8664, 1, 0, 0, 0, 240, 0x2022)  # AMD64; executable, large-address, DLL
    optional = struct.pack(
        "<HBBIIIIIQIIHHHHHHIIIIHHQQQQII",
        0x20B,
        14,
        0,
        0,
        raw_size,
        0,
        0,
        _SECTION_RVA,  # PE32+, no code, no entry point
        0x180000000,
        0x1000,
        _FILE_ALIGNMENT,
        6,
        0,
        0,
        0,
        6,
        0,
        0,  # OS, image and subsystem versions
        _SECTION_RVA + -(-len(body) // 0x1000) * 0x1000,
        _FILE_ALIGNMENT,
        0,
        3,
        0x100,  # sizes; console; NX
        0x100000,
        0x1000,
        0x100000,
        0x1000,
        0,
        16,
    )
    data_directories = struct.pack("<II", _SECTION_RVA, len(body)) + bytes(8 * 15)
    section = struct.pack(
        "<8sIIIIIIHHI", b".rdata", len(body), _SECTION_RVA, raw_size, _FILE_ALIGNMENT, 0, 0, 0, 0, 0x40000040
    )
    headers = dos + b"PE\0\0" + coff + optional + data_directories + section
    return headers.ljust(_FILE_ALIGNMENT, b"\0") + body.ljust(raw_size, b"\0")


def install_shims(prefix: Path) -> list[str]:
    """Put the missing DLLs into the prefix's system32 unless Wine has them; returns what was added."""
    system32 = prefix / "drive_c" / "windows" / "system32"
    target = system32 / "bcryptprimitives.dll"
    if target.exists():
        return []
    target.write_bytes(forwarding_dll("bcryptprimitives.dll", {"ProcessPrng": "advapi32.SystemFunction036"}))
    return [target.name]
