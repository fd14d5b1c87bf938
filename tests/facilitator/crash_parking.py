"""A child for the crash test of one use case: a parked point put on a new next meeting.

`python -m tests.facilitator.crash_parking DB POINT_ID KILL_AT` opens the workspace and moves
the point to the agenda of a new meeting ("Next review") with parking.to_agenda; it kills
itself with SIGKILL just before the KILL_AT-th SQL statement of the move (or just before the
commit when KILL_AT is "commit", just after it when "after"). With KILL_AT 0 it does the move
whole and prints the number of statements it took.
"""

from __future__ import annotations

import os
import signal
import sys

from sqlalchemy import event

from facilitator.services import parking
from facilitator.workspace import open_workspace

NEW_TITLE = "Next review"


def main(path: str, point_id: int, kill_at: str) -> None:
    ws = open_workspace(path)
    count = [0]

    def before_statement(*_args: object) -> None:
        count[0] += 1
        if kill_at.isdigit() and count[0] == int(kill_at):
            os.kill(os.getpid(), signal.SIGKILL)

    def at_commit(*_args: object) -> None:
        if kill_at == "commit":
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(ws.engine, "before_cursor_execute", before_statement)
    event.listen(ws.engine, "commit", at_commit)
    parking.to_agenda(ws, point_id=point_id, meeting_id=None, new_title=NEW_TITLE)
    if kill_at == "after":
        os.kill(os.getpid(), signal.SIGKILL)
    print(count[0], flush=True)
    ws.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
