"""basewatch: detect and archive attacks on bases hosting US-led coalition forces."""

__version__ = "0.1.0"
