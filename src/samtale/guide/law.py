"""How a legal fact or duty names its basis: statute, since when, checked when and where."""

from __future__ import annotations

from samtale.dates import month_label
from samtale.guide.models import LawBasis
from samtale.messages import Msg, t


def basis_line(basis: LawBasis) -> str:
    """``barnets lov § 133; gældende pr. 1. januar 2024; kontrolleret …`` in the run's
    language; what could not be confirmed follows, so nobody reads a guess as law."""
    in_force = (
        t(Msg.LAW_IN_FORCE, date=month_label(basis.in_force))
        if basis.in_force
        else t(Msg.LAW_IN_FORCE_UNKNOWN)
    )
    line = t(
        Msg.LAW_BASIS,
        statute=basis.statute,
        in_force=in_force,
        checked=month_label(basis.checked),
        source=basis.source,
        web=basis.web,
    )
    if basis.unconfirmed:
        line += ". " + t(Msg.LAW_UNCONFIRMED, text=basis.unconfirmed)
    return line
