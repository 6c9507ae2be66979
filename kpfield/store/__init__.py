"""The encrypted field store: SQLCipher database, wrapped keys, reports, photos, search and audit trail."""

from kpfield.store.keyfile import KdfParams
from kpfield.store.profile import Profile, profile_exists
from kpfield.store.reports import ReportQuery

__all__ = ["KdfParams", "Profile", "ReportQuery", "profile_exists"]
