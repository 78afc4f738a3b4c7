"""`ssclient check` on generated CSVs of 100,000 and of 1,000,000 rows, timed as the user runs it: the whole
command (start-up, reading, every rule, duplicates, report), in a fresh process running this tree's code.

Targets: 100,000 rows under 3 s; 1,000,000 rows in at most 8 s with a peak memory (the process's largest
resident set) of at most 300 MB. The files (valid-looking people with a few errors mixed in) are generated
once into the benchmarks' cache folder (bench/cache.py).
"""

from __future__ import annotations

import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.cache import data_dir
from ssclient import assets

ROWS = 100_000
TARGET_SECONDS = 3.0
BIG_ROWS = 1_000_000
BIG_TARGET_SECONDS = 8.0
BIG_TARGET_MB = 300
ROOT = Path(__file__).resolve().parent.parent
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"


def id_number(region: str, rng: random.Random) -> str:
    # People of working age: born 1978-2004, young enough for every statutory retirement age (a woman worker
    # born in 1978 retires in 2030) and old enough to be insured.
    body = f"{region}{rng.randint(1978, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    check = "10X98765432"[sum(int(d) * w for d, w in zip(body, _WEIGHTS, strict=True)) % 11]
    return body + check


def counties() -> list[tuple[str, str, str]]:
    """(province code, city code, county code) of every county in the bundled region data."""
    with assets.resource("regions", "areas.csv").open(encoding="utf-8", newline="") as handle:
        return [(row["provinceCode"], row["cityCode"], row["code"]) for row in csv.DictReader(handle)]


def generate(path: Path, rows: int, seed: int = 20261122) -> None:
    """Rows as accountants fill them; about 2 % carry an error (bad checksum, low base, bad yes/no)."""
    rng = random.Random(seed)
    places = counties()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id_number", "name", "hukou_type", "wage_base", "migrant_worker", "migrant_insurance",
                         "province", "city", "county"])  # fmt: skip
        for index in range(rows):
            province, city, county = rng.choice(places)
            number = id_number(county, rng)
            name = rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.randint(1, 2)))
            base = f"{rng.randint(4800, 24000)}.{rng.randint(0, 99):02d}"
            migrant = rng.random() < 0.3
            # Migrant workers come from elsewhere: their household type is never local urban.
            local = ["11", "12", "21", "22", "本地城镇", "外地农村"]
            hukou = rng.choice(["12", "21", "22", "外地农村"] if migrant else local)
            row = [number, name, hukou, base,
                   "是" if migrant else "否", "是" if migrant else "否",
                   province if migrant else "", city if migrant else "", county if migrant else ""]  # fmt: skip
            if index % 50 == 7:
                row[0] = number[:-1] + ("0" if number[-1] != "0" else "1")
            elif index % 50 == 23:
                row[3] = "3000"
            elif index % 50 == 41:
                row[4] = "maybe"
            writer.writerow(row)


def run_check(path: Path) -> tuple[float, float, int, str]:
    """(seconds, peak resident memory in MB, exit status, last line of the report) of one `ssclient check`,
    the command as installed but importing this tree's code."""
    command = [sys.executable, "-m", "ssclient.cli", "check", str(path), "--lang", "zh_CN"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        # wait4: this child's own resource use (ru_maxrss in KiB on Linux), not all children's together.
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        lines = out.read().strip().splitlines() or err.read().strip().splitlines() or [""]
    return elapsed, usage.ru_maxrss / 1024, process.returncode, lines[-1]


def main() -> None:
    # v2: working-age people and consistent household types, as the rulebook now judges both.
    path = data_dir() / f"check_{ROWS}_v2.csv"
    if not path.exists():
        generate(path, ROWS)
    elapsed, peak, status, summary = run_check(path)
    verdict = "ok" if elapsed < TARGET_SECONDS else "OVER TARGET"
    print(
        f"   ssclient check, {ROWS:,}-row CSV: {elapsed:.2f} s  (target < {TARGET_SECONDS:.0f} s) {verdict}"
    )
    print(f"   {ROWS / elapsed:,.0f} rows/s; peak memory {peak:.0f} MB; exit status {status}; {summary}")
    big = data_dir() / f"check_{BIG_ROWS}_v2.csv"
    if not big.exists():
        generate(big, BIG_ROWS)
    elapsed, peak, status, summary = run_check(big)
    verdict = "ok" if elapsed <= BIG_TARGET_SECONDS else "OVER TARGET"
    print(
        f"   ssclient check, {BIG_ROWS:,}-row CSV ({big.stat().st_size / 1e6:.0f} MB): {elapsed:.2f} s"
        f"  (target ≤ {BIG_TARGET_SECONDS:.0f} s) {verdict}"
    )
    verdict = "ok" if peak <= BIG_TARGET_MB else "OVER TARGET"
    print(f"   its peak memory: {peak:.0f} MB  (target ≤ {BIG_TARGET_MB} MB) {verdict}")
    print(f"   {BIG_ROWS / elapsed:,.0f} rows/s; exit status {status}; {summary}")


if __name__ == "__main__":
    main()
