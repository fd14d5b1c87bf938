"""E-mail addresses: the one check shared by participants and calendar invitations."""

from __future__ import annotations


def email_problem(address: str) -> str | None:
    """Why `address` is clearly not an e-mail address, or None when it may be one.

    Only the plainly wrong is refused (no "@", nothing before or after it, spaces): real
    addresses are too varied for a stricter rule to be right.
    """
    if any(ch.isspace() for ch in address):
        return "has spaces in it"
    local, at, domain = address.rpartition("@")
    if not at:
        return "has no @"
    if not local or not domain:
        return "needs a name before the @ and a domain after it"
    return None
