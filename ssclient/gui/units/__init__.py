"""The units used on this computer: their list on the log-in window, removing one, and the month board."""
