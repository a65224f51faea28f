"""The dateline that opens a news article ("KABUL, Oct. 3, 2014 (Xinhua) --", "ALEP (Syrie), 9 avril
2016 (AFP) -"): its place is where the article was filed (`eventmill.events.location`), and nothing in it
is a party to any event (the agency is no actor)."""

from __future__ import annotations

import re

from eventmill.models import Document

# a dateline opening a paragraph: a name, maybe a bracket, maybe a date, maybe an agency, then a dash
# ("ALEP (Syrie), 9 avril 2016 (AFP) -", "KABUL, Oct. 3, 2014 (Xinhua) --", "KABUL (Reuters) -")
_NAME = r"[A-ZÀ-Þ][^\W\d_]*(?:[ '\-][A-ZÀ-Þ][^\W\d_]*){0,3}"
_DATELINE = re.compile(
    rf"\s*(?P<place>{_NAME})(?:\s*\([^()\n]{{2,40}}\))?(?:\s*,[^\n()]{{1,50}}?)?(?:\s*\([^()\n]{{2,40}}\))?"
    r"\s*(?:--?|—|–)\s"
)
DATELINE_PARAGRAPHS = 3  # a title and a byline may come before the dateline


def dateline(doc: Document) -> re.Match[str] | None:
    """The dateline opening one of the article's first paragraphs, if there is one."""
    for p in doc.paragraphs[:DATELINE_PARAGRAPHS]:
        found = _DATELINE.match(doc.text, p.start, p.end)
        if found:
            return found
    return None
