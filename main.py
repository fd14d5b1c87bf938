"""Starts Facilitator from a checkout: `python main.py [--db PATH] [COMMAND ...]`."""

from ui.app import run

if __name__ == "__main__":
    run()
