"""An agent (an accounting agency, 代理记账) on the windows: its log-in on the log-in window, its month board
of the units that mandated it, and each unit opened from there."""
