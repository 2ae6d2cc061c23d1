"""Benchmarks: scripts that print what they measured (`make bench`). Not collected by pytest."""
