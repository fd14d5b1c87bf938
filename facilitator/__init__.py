"""Facilitator core: domain, storage, timing, templates, export and command line (no Qt)."""

__version__ = "0.1.0"
