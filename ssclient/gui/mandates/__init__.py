"""System → Agents: the unit's mandates to agents (accounting agencies), managed by its administrator."""
