"""Everything Qt: windows, dialogs (forms from ui/), item models and background workers.

Only this package imports Qt. Importing it costs nothing: the modules below are imported where used, so
the first window appears quickly.
"""
