"""Spreadsheets in and out: reading personnel sheets (.csv, .xlsx) for `ssclient check` and the import.

`open_spreadsheet` reads a file into rows of DeclarationLines with the problems of the cells themselves;
`check_sheet` runs the rulebook over those rows. The command line and the GUI import share both, so they
give the same findings for the same file.
"""
