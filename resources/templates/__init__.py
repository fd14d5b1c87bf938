"""The built-in agenda templates (JSON, see README.md in this folder)."""
