"""Benchmarks: speed and memory measured beside their goals (`python -m benchmarks`)."""
