"""ssclient: declare employees' social insurance to the agency."""

__version__ = "0.1.0"
