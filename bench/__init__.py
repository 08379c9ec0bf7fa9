"""Benchmarks: scripts that print figures (never tests). Run them with ``python -m bench.<name>``."""
