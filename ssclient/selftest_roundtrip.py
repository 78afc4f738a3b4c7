"""Self-test checks of the data path (`ssclient --self-test`): a spreadsheet read by the reader process,
the draft store, the local agency, one submission round trip through the client and the outbox, and the
PDF receipt of what was approved. Each check leaves what later ones need in the Workspace."""

from __future__ import annotations

import secrets
import time
from datetime import datetime
from typing import TYPE_CHECKING

from ssclient.domain.clock import CHINA_TZ, FixedClock, today
from ssclient.selftest_core import CheckFailed, Workspace

if TYPE_CHECKING:
    from ssclient.domain.declaration import Declaration

# The longest the spreadsheet check waits for the reader process (it needs well under a second).
READER_SECONDS = 60

UNIT_NAME = "自检示例有限公司"  # "self-test example company"
PERSON_NAME = "自检员"


def selftest_clock() -> FixedClock:
    """A day inside the default policy's declaration window, so the round trip passes on any real day."""
    from ssclient.policy import default_policy

    policy = default_policy()
    return FixedClock(datetime(policy.year, 6, policy.window_first_day, 9, 0, tzinfo=CHINA_TZ))


def sample_declaration() -> Declaration:
    """An add-personnel document with one person that passes the rulebook."""
    from ssclient.domain.declaration import Declaration
    from ssclient.domain.enums import DeclarationType
    from ssclient.domain.period import Period
    from ssclient.policy import default_policy
    from ssclient.selftest_samples import sample_line, valid_id_number

    policy = default_policy()
    line = sample_line(valid_id_number(secrets.randbelow(100)), PERSON_NAME, str(policy.base_floor))
    return Declaration(DeclarationType.ADD, Period(policy.year, 6), [line])


def check_spreadsheet_import(workspace: Workspace) -> str:
    """A filled-in template read by the spreadsheet reader process, as the import window reads it: openpyxl,
    the templates and starting that process (multiprocessing in a frozen build) work."""
    from openpyxl import load_workbook

    from ssclient.domain.enums import DeclarationType
    from ssclient.io.errors import ReadCancelled
    from ssclient.io.reader_process import open_in_child, shut_down
    from ssclient.io.templates import DATA_SHEET, save_template, template_fields

    kind = DeclarationType.ADD
    person = sample_declaration().lines[0]
    path = save_template(workspace.folder / "template.xlsx", kind)
    book = load_workbook(path)
    for column, name in enumerate(template_fields(kind), start=1):
        book[DATA_SHEET].cell(row=2, column=column, value=getattr(person, name) or None)
    book.save(path)
    workspace.cleanups.append(shut_down)
    deadline = time.monotonic() + READER_SECONDS  # a reader that hangs fails the check, not the self-test
    try:
        with open_in_child(path, kind, cancelled=lambda: time.monotonic() > deadline) as sheet:
            reader = sheet.process_id
            lines = [row.line for row in sheet.rows()]
    except ReadCancelled:
        raise CheckFailed(
            f"the reader process did not read a one-row file within {READER_SECONDS} s"
        ) from None
    if lines != [person]:
        raise CheckFailed(f"the filled-in template read back as {lines!r}, not the person written into it")
    return f"a filled-in template read back by the reader process (pid {reader})"


def check_in_two_processes(workspace: Workspace) -> str:
    """`ssclient check` of a CSV in two processes (a spawned child checks the second half, as a large file
    is checked) gives the one-process report: spawning, the pipe and the merge work in this build."""
    import csv

    from ssclient.domain.enums import DeclarationType
    from ssclient.io.check_parts import check_in_parts, rule_context
    from ssclient.io.columns import COLUMN_BY_FIELD
    from ssclient.io.sheet_check import check_sheet
    from ssclient.io.spreadsheet import open_spreadsheet
    from ssclient.io.templates import template_fields
    from ssclient.selftest_samples import valid_id_number

    declaration = sample_declaration()
    kind, fields, rows = DeclarationType.ADD, template_fields(DeclarationType.ADD), 400
    person = declaration.lines[0]
    path = workspace.folder / "two-parts.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([COLUMN_BY_FIELD[name].chinese for name in fields])
        for row in range(rows):  # the first person again at the end: a duplicate across the two halves
            number = valid_id_number(row % (rows - 1))
            writer.writerow(
                [number if name == "id_number" else getattr(person, name) or "" for name in fields]
            )
    day = today(selftest_clock())
    context = rule_context(day)
    deadline = time.monotonic() + READER_SECONDS
    parted = check_in_parts(
        path, kind, day, declaration.period, max_rows=rows, min_rows=rows // 2,
        cancelled=lambda: time.monotonic() > deadline,
    )  # fmt: skip
    if parted is None:
        raise CheckFailed("the file was not checked in two processes (see the log for why)")
    with open_spreadsheet(path, kind, max_rows=rows) as sheet:
        single = check_sheet(sheet, context, declaration.period)
    if (parted.rows, parted.findings) != (single.rows, single.findings):
        raise CheckFailed(
            f"two processes found {len(parted.findings)} findings in {parted.rows} rows, "
            f"one process {len(single.findings)} in {single.rows}"
        )
    if not parted.findings:
        raise CheckFailed("the duplicate ID number across the two halves was not found")
    return f"{rows} rows checked in two processes, the same {len(parted.findings)} findings as in one"


# In pinyin order (ai, chen, he, wang); by code point 何 would come first and 陈 last.
_NAMES = ("艾青", "陈小明", "何丽", "王芳")


def check_store(workspace: Workspace) -> str:
    from ssclient.domain.name_order import name_letters, name_sort_key
    from ssclient.store import Store, StoreError
    from ssclient.store.migrate import SCHEMA_HEAD

    try:
        store = Store.open(workspace.folder / "store" / "ssclient.sqlite3", clock=selftest_clock())
    except StoreError as error:  # worded for the user, e.g. migrations missing from the installation
        raise CheckFailed(str(error)) from error
    workspace.cleanups.append(store.close)
    draft = sample_declaration()
    saved = store.get_declaration(store.create_draft("selftest", draft))
    if [line.to_dict() for line in saved.lines] != [line.to_dict() for line in draft.lines]:
        raise CheckFailed("a draft saved to the store came back different")
    workspace.store = store
    if sorted(_NAMES, key=name_sort_key) != list(_NAMES) or name_letters(_NAMES[1]) != (
        "chenxiaoming",
        "cxm",
    ):
        raise CheckFailed(
            "names do not sort or are not found by pinyin: the pinyin table is missing from the installation"
        )
    return f"schema {SCHEMA_HEAD}; a draft saved and read back; names sort by pinyin and are found by it"


def check_agency(workspace: Workspace) -> str:
    from ssclient.agency.server import start_agency
    from ssclient.sync.api import AgencyClient

    folder = workspace.folder / "agency"
    folder.mkdir()
    running = start_agency(f"sqlite:///{folder / 'agency.sqlite3'}", selftest_clock())
    workspace.cleanups.append(running.stop)
    with AgencyClient(running.url, retries=0) as client:
        info = client.health()
    if not info.training:
        raise CheckFailed("the local agency does not call itself a training agency")
    workspace.agency_url = running.url
    return f"local training agency answers on {running.url}"


def check_round_trip(workspace: Workspace) -> str:
    """Register, log in, change the initial password, declare the draft through the outbox, get approved."""
    from ssclient.app.roster import Roster
    from ssclient.domain.enums import DeclarationStatus
    from ssclient.selftest_samples import register_unit, valid_uscc
    from ssclient.sync.api import AgencyClient
    from ssclient.sync.outbox import Outbox

    store = workspace.store
    if workspace.agency_url is None or store is None:
        raise CheckFailed("needs the store and the agency, and one of them failed above")

    code = valid_uscc(secrets.randbelow(10**9))
    password = f"Self{secrets.token_hex(4)}7test"
    client = AgencyClient(workspace.agency_url, retries=0)
    workspace.cleanups.append(client.close)
    registration, login = register_unit(client, name=UNIT_NAME, code=code, password=password)
    if not login.must_change_password:
        raise CheckFailed("the agency did not ask for the initial password to be changed")
    client.login(registration.unit_code, password)
    unit = client.profile()
    store.save_unit(unit)
    clock = selftest_clock()
    outbox = Outbox(store, client, registration.unit_code, clock)
    draft = sample_declaration()
    draft_id = store.create_draft(registration.unit_code, draft)
    outbox.enqueue(draft_id)
    report = outbox.run(force=True)
    if not report.reached_agency:
        raise CheckFailed(f"the agency could not be reached: {report.unreachable}")
    if len(report.delivered) != 1:
        raise CheckFailed(f"expected one verdict from the agency, got {len(report.delivered)}")
    delivery = report.delivered[0]
    if not delivery.approved:
        reasons = "; ".join(f"{f.code} {f.field}" for f in delivery.findings) or "no findings given"
        raise CheckFailed(f"the agency rejected the declaration: {reasons}")
    summary = store.summary(draft_id)
    if summary.status is not DeclarationStatus.APPROVED or summary.serial_number != delivery.serial_number:
        raise CheckFailed(f"the store holds the document as {summary.status.value}, not approved")
    # Read as the windows read it: through the roster's use case.
    if draft.lines[0].id_number not in Roster(store, client, registration.unit_code, clock).entries():
        raise CheckFailed("the approved person is not in the local roster")
    workspace.approved = (draft_id, unit)
    return f"unit {registration.unit_code} registered; declaration approved, serial {delivery.serial_number}"


def check_receipt(workspace: Workspace) -> str:
    """The approved declaration's PDF receipt: reportlab, its Chinese font and Pillow work in this build."""
    from ssclient.io.receipts import write_receipt_pdf

    if workspace.approved is None or workspace.store is None:
        raise CheckFailed("needs the approved declaration of the round trip, which failed above")
    declaration_id, unit = workspace.approved
    summary = workspace.store.summary(declaration_id)
    path = workspace.folder / "receipt.pdf"
    approved_at = summary.decided_at or summary.updated_at
    write_receipt_pdf(workspace.store.get_declaration(declaration_id), unit, approved_at, path)
    content = path.read_bytes()
    if not content.startswith(b"%PDF-") or b"%%EOF" not in content[-64:]:
        raise CheckFailed(f"the receipt written to {path.name} is not a complete PDF")
    return f"receipt PDF written ({len(content):,} bytes)"
