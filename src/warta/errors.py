"""warta's exceptions: one small tree, each message saying what to do next.

::

    WartaError
     ├── InputError        a path, file, line or value the user gave cannot be used
     │    ├── NoArticlesError   nothing usable was read at all
     │    └── DestinationRefused  a URL the fetcher will not request (a private address, not http(s))
     ├── ConfigError       an option or setting is wrong or a needed extra is not installed
     └── StoreError        the SQLite archive cannot be opened, migrated or written
"""

from __future__ import annotations


class WartaError(Exception):
    """Base of every error warta raises on purpose."""


class InputError(WartaError):
    """Input that cannot be used; the message names it and says what to do."""


class NoArticlesError(InputError):
    """No usable article was read from any input."""


class DestinationRefused(InputError):
    """A fetch refused before connecting: a non-public address, or a scheme other than http(s)."""


class ConfigError(WartaError):
    """A wrong option, or an optional dependency that is missing."""


class StoreError(WartaError):
    """The SQLite archive cannot be opened, migrated or written."""
