"""The mock agency: a FastAPI review service with its own database, standing in for the government backend.

`ssclient-agency serve` runs it (`cli`); `server.start_agency` starts it in-process on a loopback port.
It shares only the domain, the rulebook and the policy with the client.
"""
