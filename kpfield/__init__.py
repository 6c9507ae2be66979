"""KP Field core: encrypted store, crypto, media, geo, sync, server, export and CLI — never Qt."""

__version__ = "0.1.0"
