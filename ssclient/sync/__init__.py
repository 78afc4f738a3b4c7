"""The agency client: typed HTTP calls (`api`), and the outbox that sends drafts exactly once."""
