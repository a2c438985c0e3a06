"""Orchestration: transactions, ordering and failure policy around the pure core."""
