"""The one exception a spreadsheet reader raises for a file it cannot use, and the one for Cancel."""

from __future__ import annotations

from ssclient.io.messages import FILE_CONTEXT, FILE_MESSAGES, Translate, english, render_text


class UnusableFile(Exception):
    """A file that cannot be read as a personnel sheet. `str()` is a one-line English reason for the user;
    `reason(tr)` the same in the user's language."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}
        super().__init__(self.reason())

    def reason(self, tr: Translate = english) -> str:
        return render_text(FILE_CONTEXT, FILE_MESSAGES[self.code], tr, **self.params)


class ReadCancelled(Exception):
    """The user pressed Cancel while the file was being read."""
