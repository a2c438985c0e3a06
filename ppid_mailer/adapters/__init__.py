"""Adapters: the only code that touches the outside world (servers, database, disk, clock)."""
