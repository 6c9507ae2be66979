"""Sync: device identities, canonical signed manifests, end-to-end encrypted envelopes (Qt-free)."""
