"""Documents to table rows (what a worker sends back): flat columns for the usual queries, plus the
full event JSON, so nothing the pipeline found is lost on the way into DuckDB. Each article row says
which eventmill version and stages coded it, each event row its type's score and deciding rule."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from eventmill import __version__
from eventmill.models import Article, Count, Document, Event, Mention, event_dict

# a failed article keeps this much of its text (enough to recognise it), so a huge input that fails
# costs the database next to nothing; `chars` still says how long it was
FAILED_TEXT_CHARS = 2000

PLACE_COLUMNS = ("name", "latitude", "longitude", "country", "admin1", "precision", "feature", "gid", "confidence")


def _date(value: str | None) -> dt.date | None:
    """An ISO date, or the first day of an ISO month or year."""
    if not value:
        return None
    parts = value.split("-")
    try:
        month = int(parts[1]) if len(parts) > 1 else 1
        return dt.date(int(parts[0]), month, int(parts[2][:2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _name(m: Mention | None) -> str | None:
    if m is None:
        return None
    if m.actor is not None:
        return m.actor.name
    if m.place is not None:
        return m.place.name
    return m.span.text


def _int32(v: int | None) -> int | None:
    """A figure that fits the INTEGER columns; a larger one ("50 billion" dollars read as a count) is
    left NULL there and kept in the event's JSON, rather than failing the whole batch."""
    return v if v is not None and -(2**31) <= v < 2**31 else None


def _count(prefix: str, c: Count | None) -> dict[str, Any]:
    return {
        prefix: _int32(c.value) if c else None,
        f"{prefix}_low": _int32(c.low) if c else None,
        f"{prefix}_high": _int32(c.high) if c else None,
    }


def event_row(article_id: str, no: int, e: Event) -> dict[str, Any]:
    a1 = e.actors[0] if e.actors else None
    # a place that stands in as the target ("lifted the curfew in Montenegro") is no actor2 in ACLED's sense
    a2 = next((m for m in e.recipients if m.kind != "place"), None)
    place = e.location.place if e.location else None
    date = e.date.date if e.date and e.date.date else None
    return {
        "article_id": article_id,
        "event_no": no,
        "type": e.type,
        "modes": list(e.modes),
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "future": e.future,
        "evidence": e.evidence.text,
        "evidence_start": e.evidence.start,
        "evidence_end": e.evidence.end,
        "trigger": e.trigger.text,
        "trigger_start": e.trigger.start,
        "trigger_end": e.trigger.end,
        "actor1": _name(a1),
        "actor1_kind": a1.actor.kind if a1 and a1.actor else None,
        "actor1_country": (a1.actor.country or None) if a1 and a1.actor else None,
        "actor2": _name(a2),
        "actor2_kind": a2.actor.kind if a2 and a2.actor else None,
        "actor2_country": (a2.actor.country or None) if a2 and a2.actor else None,
        "location": place.name if place else (e.location.span.text if e.location else None),
        "latitude": place.lat if place else None,
        "longitude": place.lon if place else None,
        "country": (place.country or None) if place else None,
        "admin1": (place.admin1 or None) if place else None,
        "geo_precision": place.precision if place else None,
        "gid": (place.gid or None) if place else None,
        "geo_confidence": round(place.confidence, 3) if place else None,
        "location_source": e.location_source or None,
        "event_date": _date(date.value) if date else None,
        "date_precision": date.precision if date else None,
        "date_text": e.date.span.text if e.date else None,
        "date_source": e.date_source or None,
        **_count("dead", e.dead),
        **_count("injured", e.injured),
        **_count("size", e.size),
        "attribution": _name(e.attribution),
        "score": e.score,
        "rule": e.rule or None,
        "json": json.dumps(event_dict(e), ensure_ascii=False),
    }


class Rows:
    """Rows of every table for one batch, sent back to the writer as columns."""

    def __init__(self) -> None:
        self.tables: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def article(
        self,
        source: str,
        article: Article,
        status: str,
        *,
        lang: str | None = None,
        encoding: str = "",
        n_events: int = 0,
        problems: Sequence[tuple[str, str, str]] = (),
        stages: tuple[str, ...] = (),
    ) -> None:
        self.tables["articles"].append(
            {
                "id": article.id,
                "status": status,
                "source": source,
                "title": article.title,
                "url": article.url,
                "outlet": article.outlet,
                "published": _date(article.published),
                "published_source": article.published_source if article.published else None,
                "lang": lang or article.lang,
                "chars": len(article.text),
                "encoding": encoding or None,
                "n_events": n_events,
                "n_problems": len(problems),
                "text": article.text if status == "coded" else article.text[:FAILED_TEXT_CHARS],
                "eventmill_version": __version__,
                "stages": list(stages),
            }
        )
        self.tables["sources"].append({"source": source, "article_id": article.id})
        for no, (stage, kind, message) in enumerate(problems):
            self.tables["problems"].append(
                {
                    "article_id": article.id,
                    "problem_no": no,
                    "source": source,
                    "stage": stage,
                    "kind": kind,
                    "message": message,
                }
            )

    def failure(
        self, source: str, article: Article, stage: str, message: str, encoding: str = "", lang: str | None = None
    ) -> None:
        """An input that could not be coded: one article row (status failed, with the language it was
        recognised as, if it was) and one problem."""
        self.article(source, article, "failed", lang=lang, encoding=encoding, problems=[(stage, "error", message)])

    def document(self, source: str, doc: Document, encoding: str, warnings: tuple[str, ...]) -> None:
        aid = doc.article.id
        problems = [("eventmill.ingest", "warning", w) for w in warnings]
        problems += [(p.stage, p.kind, p.message) for p in doc.problems]
        self.article(
            source,
            doc.article,
            "coded",
            lang=doc.lang,
            encoding=encoding,
            n_events=len(doc.events),
            problems=problems,
            stages=doc.stages,
        )
        t = self.tables
        t["events"].extend(event_row(aid, no, e) for no, e in enumerate(doc.events))
        for no, m in enumerate(doc.mentions):
            base = {
                "article_id": aid,
                "mention_no": no,
                "start_char": m.span.start,
                "end_char": m.span.end,
                "text": m.span.text,
            }
            if m.kind == "actor":
                a = m.actor
                t["actors"].append(
                    {
                        **base,
                        "name": a.name if a else m.span.text,
                        **(
                            {
                                "kind": a.kind,
                                "country": a.country or None,
                                "code": a.code or None,
                                "role": a.role or None,
                                "generic": a.generic,
                            }
                            if a
                            else dict.fromkeys(("kind", "country", "code", "role", "generic"))
                        ),
                    }
                )
            elif m.kind == "place":
                p = m.place
                t["places"].append(
                    {
                        **base,
                        **(
                            {
                                "name": p.name,
                                "latitude": p.lat,
                                "longitude": p.lon,
                                "country": p.country or None,
                                "admin1": p.admin1 or None,
                                "precision": p.precision,
                                "feature": p.feature or None,
                                "gid": p.gid or None,
                                "confidence": p.confidence,
                            }
                            if p
                            else dict.fromkeys(PLACE_COLUMNS)
                        ),
                    }
                )
        for no, toll in enumerate(doc.tolls):
            t["tolls"].append(
                {
                    "article_id": aid,
                    "toll_no": no,
                    "kind": toll.kind,
                    "value": _int32(toll.count.value),
                    "low": _int32(toll.count.low),
                    "high": _int32(toll.count.high),
                    "text": toll.count.span.text,
                    "start_char": toll.count.span.start,
                    "end_char": toll.count.span.end,
                    "evidence": toll.evidence.text,
                    "evidence_start": toll.evidence.start,
                    "evidence_end": toll.evidence.end,
                }
            )
        for no, q in enumerate(doc.quotes):
            t["quotes"].append(
                {
                    "article_id": aid,
                    "quote_no": no,
                    "start_char": q.text.start,
                    "end_char": q.text.end,
                    "text": q.text.text,
                    "direct": q.direct,
                    "verb": q.verb or None,
                    "speaker_text": q.speaker.span.text if q.speaker else None,
                    "speaker": q.speaker_name or _name(q.speaker),
                    "cue": q.cue.text if q.cue else None,
                }
            )

    def columns(self) -> dict[str, dict[str, list]]:
        """Each table's rows as {column: values} (all rows of a table have the same keys)."""
        return {name: {k: [r[k] for r in rows] for k in rows[0]} for name, rows in self.tables.items() if rows}


# primary key of each table: rows of an ID already stored are dropped, and repeats within a batch
KEYS = {
    "articles": ("id",),
    "sources": ("source",),
    "events": ("article_id", "event_no"),
    "actors": ("article_id", "mention_no"),
    "places": ("article_id", "mention_no"),
    "quotes": ("article_id", "quote_no"),
    "tolls": ("article_id", "toll_no"),
    "problems": ("article_id", "problem_no"),
}


def keep_new(tables: dict[str, dict[str, list]], stored: set[str]) -> dict[str, dict[str, list]]:
    """Drop rows of articles already stored (a page whose text turned out to be a duplicate) and
    repeats within the batch; sources are always kept (they record where each copy came from)."""
    out = {}
    for name, cols in tables.items():
        key = KEYS[name]
        seen: set[tuple] = set()
        keep = []
        for i, k in enumerate(zip(*(cols[c] for c in key), strict=True)):
            if k in seen or (name != "sources" and k[0] in stored):
                continue
            seen.add(k)
            keep.append(i)
        if keep:
            out[name] = {c: [v[i] for i in keep] for c, v in cols.items()}
    return out


def merge_tables(results: list[dict[str, dict[str, list]]]) -> dict[str, dict[str, list]]:
    """The columns of several results, table by table, one after the other."""
    out: dict[str, dict[str, list]] = {}
    for tables in results:
        for name, cols in tables.items():
            into = out.setdefault(name, {c: [] for c in cols})
            for c, values in cols.items():
                into[c].extend(values)
    return out
