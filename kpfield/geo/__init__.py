"""Positions for reports: validated locations, typed coordinates, and NMEA from GPS logs and receivers."""

from kpfield.geo.coords import parse_coordinates, parse_location
from kpfield.geo.location import Location, LocationSource, check_range, distance_m
from kpfield.geo.nmea import Fix, NMEAParser, ReceiverStatus, nmea_checksum
from kpfield.geo.nmea_io import iter_serial, read_nmea

__all__ = [
    "Fix",
    "Location",
    "LocationSource",
    "NMEAParser",
    "ReceiverStatus",
    "check_range",
    "distance_m",
    "iter_serial",
    "nmea_checksum",
    "parse_coordinates",
    "parse_location",
    "read_nmea",
]
