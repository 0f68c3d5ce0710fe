"""A small rate limiter for the respondents' pages: at most so many requests per key
(an address, a link) in a sliding window, counted in this process's memory.

Nothing is stored: a restart forgets the counts. Enough for a coach's app that a few
dozen people answer; a server exposed to the internet needs a proxy that limits too
(docs/web.md).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable

__all__ = ["Limiter"]


class Limiter:
    """At most ``limit`` hits per key in any ``window`` seconds; at most ``keys`` keys
    remembered (the oldest are forgotten first).

    >>> clock = iter([0.0, 1.0, 2.0, 61.0]).__next__
    >>> limiter = Limiter(2, 60.0, clock=clock)
    >>> [limiter.hit("a"), limiter.hit("a"), limiter.hit("a"), limiter.hit("a")]
    [True, True, False, True]
    """

    def __init__(
        self,
        limit: int,
        window: float = 60.0,
        *,
        keys: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError(f"a limit needs at least 1 hit in a window > 0, not {limit}/{window}")
        self.limit, self.window, self.keys, self.clock = limit, window, keys, clock
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def hit(self, key: str) -> bool:
        """Count one request of ``key``; ``False`` when it is over the limit (the
        refused request counts too, so hammering does not open the gate sooner)."""
        return self._count(key, add=True)

    def blocked(self, key: str) -> bool:
        """Whether ``key`` is over the limit now, without counting a request."""
        return not self._count(key, add=False)

    def _count(self, key: str, *, add: bool) -> bool:
        now = self.clock()
        with self._lock:
            hits = self._hits.get(key)
            if hits is None:
                hits = self._hits[key] = deque()
                while len(self._hits) > self.keys:
                    self._hits.popitem(last=False)
            self._hits.move_to_end(key)
            while hits and hits[0] <= now - self.window:
                hits.popleft()
            allowed = len(hits) < self.limit
            if add:
                hits.append(now)
                while len(hits) > self.limit:  # memory stays bounded by the limit
                    hits.popleft()
            return allowed
