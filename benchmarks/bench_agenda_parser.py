"""How long the pasted-agenda parser takes on a typical email and on a very long paste."""

from __future__ import annotations

import time

from facilitator.agenda_parser import parse_agenda

EMAIL = """Hi all, the agenda for Thursday:

1. Welcome and introductions (10 min)
2. Presentation: Q3 results by Maria Lopez (20 min)
3. Working session – agree the definition of a qualified lead, 45m
4. Coffee break (15 min)
5. Discussion & Decision: priorities for Q4 – 1h
6. Close and action items

Thanks, Tom
"""
LINE = ("{n}. Presentation: quarterly results for the region by Maria Lopez (20 min)\n"
        "   - a supporting point about the numbers\n")


def best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


GOAL_MS = 100  # 1,000 pasted lines


def main() -> None:
    long_text = "".join(LINE.format(n=n % 99 + 1) for n in range(500))  # 1,000 lines
    timed_text = "".join(f"{8 + n // 60 % 12:02d}:{n % 60:02d} Session {n} – Jane Doe\n"
                         for n in range(1000))
    email = best_of(200, lambda: parse_agenda(EMAIL))
    long = best_of(5, lambda: parse_agenda(long_text, total_minutes=600))
    timed = best_of(5, lambda: parse_agenda(timed_text))
    print(f"typical email agenda (6 items): {email * 1000:.2f} ms")
    print(f"1,000 pasted lines (500 items with sub-points, {len(long_text):,} chars): "
          f"{long * 1000:.0f} ms (goal < {GOAL_MS} ms)")
    print(f"1,000 timed lines with presenters: {timed * 1000:.0f} ms (goal < {GOAL_MS} ms)")


if __name__ == "__main__":
    main()
