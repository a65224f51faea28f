"""The pipeline's stages, in the order they run: the one place that lists them.

Text to tokens (`normalize`, `language`, the publication date the text states: `published`, `parse`), what the article names (`mentions`, `geocode`,
`quotes`), events (`eventmill.events`: `triggers`, `event_type`, `assemble`), and who the pronouns
and descriptions stand for (`coreference`). Each module registers its stage with
`eventmill.registry`; importing this module registers them all.
"""

from __future__ import annotations

from eventmill.events.assemble import assemble
from eventmill.events.triggers import triggers
from eventmill.events.typers import event_type
from eventmill.registry import REGISTRY
from eventmill.stages.coreference import coreference
from eventmill.stages.geocode import geocode
from eventmill.stages.language import language
from eventmill.stages.mentions import mentions
from eventmill.stages.normalize import normalize
from eventmill.stages.parse import parse
from eventmill.stages.published import published
from eventmill.stages.quotes import quotes

ORDER = (normalize, language, published, parse, mentions, geocode, quotes, triggers, event_type, assemble, coreference)
DEFAULT_STAGES: tuple[str, ...] = tuple(
    next(name for name, st in REGISTRY.items() if st.func is func) for func in ORDER
)
