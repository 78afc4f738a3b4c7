"""A unit's operators in the client: the log-in window's operator field, the Operators window (System
menu), and the main window's actions an operator may not use, disabled with the reason."""
