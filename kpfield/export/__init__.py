"""Exports of reports for people outside KP Field: CSV (+HXL), GeoJSON, KML, PDF dossier, verifiable evidence bundle."""

from kpfield.export.record import (EnvelopeEvidence, ExportOptions, ExportRecord, PhotoRecord,
                                   records_from_monitor)

__all__ = ["EnvelopeEvidence", "ExportOptions", "ExportRecord", "PhotoRecord", "records_from_monitor"]
