"""Moving to a new computer: export the unit's data as one archive (optionally with a passphrase), read one
with a preview of what it holds, and import it over this computer's store (ssclient.store.archive).

Everything here reads or writes files: call it from a worker. An import needs the session ended first;
`Archives.import_` closes the store it is handed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ssclient.store.archive import SUFFIX as SUFFIX
from ssclient.store.archive import Archive as Archive
from ssclient.store.archive import ArchiveError as ArchiveError
from ssclient.store.archive import ArchiveProblem as ArchiveProblem
from ssclient.store.archive import export_archive, import_archive, local_units, read_archive

if TYPE_CHECKING:
    from ssclient.domain.clock import Clock
    from ssclient.store import Store


class Archives:
    """Export from and import into the store at `store_path`."""

    def __init__(self, store_path: Path, clock: Clock) -> None:
        self.store_path = store_path
        self.clock = clock

    def export(self, target: Path, unit_code: str, settings: dict[str, str], passphrase: str) -> Path:
        """Write the unit's data and `settings` to `target` (complete or not at all); returns `target`."""
        return export_archive(
            self.store_path,
            target,
            unit_code=unit_code,
            settings=settings,
            now=self.clock.now(),
            passphrase=passphrase,
        )

    def read(self, source: Path, passphrase: str) -> Archive | ArchiveError:
        """The archive read and checked, or why it cannot be imported (returned, to be said to the user)."""
        try:
            return read_archive(source, passphrase, local_units(self.store_path))
        except ArchiveError as error:
            return error

    def import_(self, store: Store | None, archive: Archive) -> Path | None:
        """Close the open store (if any), then make the archive's store this computer's; returns the copy
        kept of the data that was here, if any."""
        if store is not None:
            store.close()
        return import_archive(archive, self.store_path, self.clock.now())
