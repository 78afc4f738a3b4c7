"""Bulk work from spreadsheets: "Save template…" and "Import from spreadsheet…".

- `actions.import_actions(ctx, main_window)`: the two menu actions for the main window.
- `import_dialog.ImportDialog`: choose the declaration type and the file, read and check it off the GUI
  thread (progress, Cancel), list the findings per row, then create one draft.
- `work`: the same steps without widgets (the benchmark runs them); reading and checking are
  ssclient.io's, shared with `ssclient check`, so both give the same findings for the same file.
"""
