"""Data files shipped with Facilitator (templates, styles, icons, sounds)."""
