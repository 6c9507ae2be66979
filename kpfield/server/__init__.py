"""The KP Field sync server: stores end-to-end encrypted envelopes and the routing metadata devices need."""
