"""A dictionary's entry furniture left in a scrape: a word class alone on its line ("NOUN", "Danh từ"), the
word's spelling in the phonetic alphabet between slashes ("/grin ˈsʌmər/"), and a note that the text
goes on in another language ("[English below]"), none of which a listener is read."""

from __future__ import annotations

import dataclasses
import re

from .draft import Draft

_WORD_CLASS = re.compile(
    r"^(?:NOUN|VERB|ADJECTIVE|ADVERB|PHRASE|IDIOM|PHRASAL VERB|PREPOSITION|CONJUNCTION|PRONOUN"
    r"|danh từ|động từ|tính từ|trạng từ|cụm từ|giới từ)$",
    re.IGNORECASE,
)
# a pronunciation: between slashes or brackets, with a mark only the phonetic alphabet has
_PHONETIC_LINE = re.compile(r"^[/\[][^/\[\]]*[ˈˌːəʌɪʊæɑɒɔɜʃʒθðŋɛ][^/\[\]]*[/\]]$")
_LANGUAGE_NOTE = re.compile(
    r"^[\[(](?:English below|Scroll down for English|Tiếng Việt (?:bên dưới|ở dưới|phía dưới))[\])]\s*", re.IGNORECASE
)


def drop_dictionary_labels(d: Draft) -> Draft:
    """Word-class labels and pronunciations on their own lines go; a language note opening a line too."""
    blocks = [_LANGUAGE_NOTE.sub("", b) for b in d.blocks]
    kept = [b for b in blocks if b and not _WORD_CLASS.match(b.strip()) and not _PHONETIC_LINE.match(b.strip())]
    return dataclasses.replace(d, blocks=tuple(kept))
