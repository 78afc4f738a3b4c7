"""Files in and out: personnel spreadsheets, templates, exports, PDF receipts and statements.

Reading a personnel sheet (the command line and the GUI import share this code, so they give the same
findings for the same file):

- `spreadsheet.open_spreadsheet(path, kind)` reads .csv (UTF-8, UTF-8 with BOM, GB18030, UTF-16) or .xlsx
  into `SheetRow`s (row number as the spreadsheet shows it, a DeclarationLine, the cell's own problems),
  with progress and Cancel; a file it cannot use raises `errors.UnusableFile` with a one-line reason.
- `sheet_check.check_sheet(sheet, ctx, period)` runs the rulebook and the duplicate check over the rows.
- `sheet_import.plan_import(report, kind, period)` turns a checked sheet into the draft to save;
  `report_table.report_table(report)` is the report as an exportable table.
- `templates.save_template(path, kind)` writes the .xlsx template for a declaration type.
- `check_command.run_check` is `ssclient check`.
- A workbook too costly to parse (a zip bomb, a huge part, token or row) is refused before any parser sees
  it (`xlsx_guard`); the GUI reads in a child process (`reader_process`) under a memory ceiling
  (`process_limits`) and a watchdog, and says so when it stops one. That process (its side:
  `reader_child`) also checks the last rows of a large workbook while the GUI's process makes the lines
  (`shared_check.check_shared`: the report check_sheet makes).

Texts are English source strings in dict catalogues (`messages`), translated through Qt Linguist catalogues
by the caller's `Translate` function (ssclient.gui.i18n), so this package needs no Qt.
"""
