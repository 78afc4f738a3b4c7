"""The application layer: one module per use case, Qt-free, between the windows and the store, sync and io.

A use case takes its ports (the store, the agency client, the clock) in its constructor, returns domain
values and raises typed errors; it owns every store and agency call of its use case. Windows call use
cases through `gui.workers` tasks, so no store or network call runs on the GUI thread.
"""
