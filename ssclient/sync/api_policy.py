"""The agency's policy history: every table of its pooling area with the month each is in force from."""

from __future__ import annotations

from ssclient.policy.history import PolicyHistory
from ssclient.policy.model import PolicyError
from ssclient.policy.serialize import history_from_dict
from ssclient.sync import decoding as d
from ssclient.sync.transport import AgencyTransport


class PolicyCalls(AgencyTransport):
    def policy_history(self) -> PolicyHistory:
        """Every table the agency has (no session needed). A table that is not a usable policy, or tables
        that make no one area's history, are an AgencyProtocolError naming the table and the key."""
        data = d.obj(self._call("GET", "/policy/history", auth=False), "policy history")
        try:
            return history_from_dict(data, "the agency's policy history")
        except PolicyError as exc:
            raise d.bad(str(exc)) from exc
