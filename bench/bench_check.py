"""`ssclient check` on generated CSVs of 100,000 and of 1,000,000 rows, timed as the user runs it: the whole
command (start-up, reading, every rule, duplicates, report), in a fresh process running this tree's code.

Targets: 100,000 rows under 3 s; 1,000,000 rows in at most 8 s with a peak memory of at most 300 MB: the
command's processes together (a large CSV is checked by two), each one's largest resident set added up.
The files (valid-looking people with a few errors mixed in) are generated once into the benchmarks' cache
folder (bench/cache.py).
"""

from __future__ import annotations

import csv
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bench.cache import data_dir
from ssclient import assets

ROWS = 100_000
TARGET_SECONDS = 3.0
BIG_ROWS = 1_000_000
BIG_TARGET_SECONDS = 8.0
BIG_TARGET_MB = 300
SAMPLE_SECONDS = 0.02
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


class TreeMemory(threading.Thread):
    """The resident memory of a process and of its children together (a large CSV is checked by two
    processes), sampled from /proc every SAMPLE_SECONDS; and each process's own peak (VmHWM), added up: an
    upper bound that no sampling gap can miss."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self._root = pid
        self._done = threading.Event()
        self.total_mb = 0.0  # the largest sum of the processes' resident sets seen at once
        self._peaks: dict[int, int] = {}  # pid → its VmHWM in KiB, as last read

    @property
    def peaks_mb(self) -> float:
        return sum(self._peaks.values()) / 1024

    @property
    def largest_mb(self) -> float:
        return max(self._peaks.values(), default=0) / 1024

    def run(self) -> None:
        pids = [self._root]
        tick = 0
        while not self._done.wait(SAMPLE_SECONDS):
            if tick % 5 == 0:
                pids = [self._root, *_descendants(self._root)]
            tick += 1
            total = 0
            for pid in pids:
                rss, peak = _memory_kib(pid)
                total += rss
                if peak:
                    self._peaks[pid] = max(self._peaks.get(pid, 0), peak)
            self.total_mb = max(self.total_mb, total / 1024)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _descendants(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        kids = children.get(todo.pop(), [])
        found += kids
        todo += kids
    return found


def _memory_kib(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a process in KiB; zeros once it has ended."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return 0, 0
    values = {line.split(":")[0]: line.split()[1] for line in lines if line.startswith(("VmRSS", "VmHWM"))}
    return int(values.get("VmRSS", 0)), int(values.get("VmHWM", 0))


@dataclass(frozen=True)
class Run:
    seconds: float
    largest_mb: float  # the largest peak resident set of any one process (its VmHWM)
    together_mb: float  # the processes' resident sets at once, sampled
    peaks_mb: float  # each process's peak, added up (an upper bound of the peak together)
    status: int
    summary: str  # the last line of the report
    cpu_seconds: float  # user and system time of all the command's processes (on a noisy machine: the work)


def run_check(path: Path) -> Run:
    """One `ssclient check`, the command as installed but importing this tree's code."""
    command = [sys.executable, "-m", "ssclient.cli", "check", str(path), "--lang", "zh_CN"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        memory = TreeMemory(process.pid)
        memory.start()
        # wait4: this child's own resource use (ru_maxrss in KiB on Linux: the largest of it and its children).
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        memory.stop()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        lines = out.read().strip().splitlines() or err.read().strip().splitlines() or [""]
    # Each process's own peak (VmHWM), not wait4's ru_maxrss: a child forked from this process keeps this
    # process's high-water mark across exec on Linux, so after the other benchmarks of a `make bench` run
    # ru_maxrss reports the bench's own size. It stands in only when a run was too short to be sampled.
    largest = memory.largest_mb or usage.ru_maxrss / 1024
    return Run(elapsed, largest, max(memory.total_mb, largest), memory.peaks_mb or largest,
               process.returncode, lines[-1], usage.ru_utime + usage.ru_stime)  # fmt: skip


def main() -> None:
    # v2: working-age people and consistent household types, as the rulebook now judges both.
    path = data_dir() / f"check_{ROWS}_v2.csv"
    if not path.exists():
        generate(path, ROWS)
    run = run_check(path)
    verdict = "ok" if run.seconds < TARGET_SECONDS else "OVER TARGET"
    print(
        f"   ssclient check, {ROWS:,}-row CSV: {run.seconds:.2f} s  (target < {TARGET_SECONDS:.0f} s) {verdict}"
    )
    print(f"   {ROWS / run.seconds:,.0f} rows/s; peak memory {run.peaks_mb:.0f} MB; exit status {run.status}; "
          f"{run.summary}")  # fmt: skip
    big = data_dir() / f"check_{BIG_ROWS}_v2.csv"
    if not big.exists():
        generate(big, BIG_ROWS)
    run = run_check(big)
    verdict = "ok" if run.seconds <= BIG_TARGET_SECONDS else "OVER TARGET"
    print(
        f"   ssclient check, {BIG_ROWS:,}-row CSV ({big.stat().st_size / 1e6:.0f} MB): {run.seconds:.2f} s"
        f"  (target ≤ {BIG_TARGET_SECONDS:.0f} s) {verdict}"
    )
    verdict = "ok" if run.peaks_mb <= BIG_TARGET_MB else "OVER TARGET"
    print(
        f"   its peak memory, all its processes: {run.peaks_mb:.0f} MB  (target ≤ {BIG_TARGET_MB} MB) {verdict}"
    )
    print(f"   (each process's peak added up; together at once, sampled: {run.together_mb:.0f} MB; "
          f"the largest process: {run.largest_mb:.0f} MB)")  # fmt: skip
    print(f"   {BIG_ROWS / run.seconds:,.0f} rows/s; CPU time of its processes {run.cpu_seconds:.2f} s; "
          f"exit status {run.status}; {run.summary}")  # fmt: skip


if __name__ == "__main__":
    main()
