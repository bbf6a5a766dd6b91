"""Accounts, roles, passwords, API tokens, CSRF and login throttling for the web app.

Passwords are hashed with argon2 (argon2-cffi). API tokens are 256-bit random strings; the store keeps only their
SHA-256 (a slow hash adds nothing for a secret of that entropy). Sessions are Starlette's signed cookies
(itsdangerous), HttpOnly and SameSite=Lax; every unsafe request carrying a session must echo the
session-bound CSRF token. The login throttle is written here because it is ten lines of bookkeeping and the
rate-limit libraries on PyPI want Redis or wrap every route.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from enum import IntEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from notatarget.errors import NotatargetError


class Role(IntEnum):
    """What a user may do; each role includes the ones below it."""

    VIEWER = 1
    CONTRIBUTOR = 2
    REVIEWER = 3
    ADMIN = 4

    @classmethod
    def parse(cls, value: str) -> Role:
        """A role from its name, e.g. ``reviewer``; NotatargetError names the choices otherwise."""
        try:
            return cls[value.strip().upper()]
        except KeyError:
            choices = ", ".join(r.name.lower() for r in cls)
            raise NotatargetError(f"unknown role {value!r}", hint=f"choose one of: {choices}") from None

    @property
    def label(self) -> str:
        return self.name.lower()


_hasher = PasswordHasher()
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 1024


def hash_password(password: str) -> str:
    """The argon2id hash of ``password``; refuses passwords that are too short or absurdly long."""
    if not MIN_PASSWORD_LENGTH <= len(password) <= MAX_PASSWORD_LENGTH:
        raise NotatargetError(f"a password must have {MIN_PASSWORD_LENGTH} to {MAX_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Whether ``password`` matches ``password_hash`` (False for any malformed hash)."""
    if len(password) > MAX_PASSWORD_LENGTH:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def new_api_token() -> str:
    """A fresh API token (shown to its owner once)."""
    return "nt_" + secrets.token_urlsafe(32)


def new_csrf_token() -> str:
    return secrets.token_urlsafe(32)


def same_token(a: str | None, b: str | None) -> bool:
    """Constant-time comparison of two tokens; False when either is missing."""
    return bool(a and b) and hmac.compare_digest(a.encode(), b.encode())


class LoginThrottle:
    """At most ``attempts`` failed logins per (client address, user name) within ``window`` seconds."""

    def __init__(self, attempts: int = 5, window: float = 300.0) -> None:
        self.attempts = attempts
        self.window = window
        self._failures: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> deque[float]:
        failures = self._failures[key]
        while failures and now - failures[0] > self.window:
            failures.popleft()
        return failures

    def blocked(self, address: str, username: str) -> bool:
        """Whether this client must wait before trying this user name again."""
        with self._lock:
            return len(self._recent((address, username.casefold()), time.monotonic())) >= self.attempts

    def failed(self, address: str, username: str) -> None:
        with self._lock:
            key = (address, username.casefold())
            self._recent(key, time.monotonic()).append(time.monotonic())

    def succeeded(self, address: str, username: str) -> None:
        with self._lock:
            self._failures.pop((address, username.casefold()), None)
