"""samtale: prepare a neutral, safe conversation about selling or trading sex.

Kept empty of imports on purpose: every command loads only what it needs.
"""

__version__ = "0.1.0"
