"""Telling Spanish from English in what ine-lint prints, for the one-voice tests.

Two independent signals, so that a new untranslated text is caught even when none of its
words is in the catalogue yet:

- function words (articles, prepositions, conjunctions) that only one of the two languages
  has, plus click's own vocabulary in each language;
- every word the catalogue uses in one language and never in the other.

Option names, choice lists, metavars in capitals, file names and e-mail addresses are what
the user types, not prose, and are not judged; nor are the proper nouns and the INE terms
that English texts keep in Spanish on purpose (``área``, ``Anexo``, ``junta local``).
"""

from __future__ import annotations

import re

from ine_lint.cli import main
from ine_lint.messages import CLICK_ES, DOCS, MESSAGES, UI

_SPANISH = """
    el la los las del al un una unos unas y e u que por para con sin se su sus este esta
    estos estas ese esa eso cada como cuando donde dónde cuál qué quién según hasta desde
    entre sobre pero también más muy solo sólo ya aún o ni le les lo nos hay es son está
    están ser fue debe deben puede pueden uso opciones opción comandos comando argumento
    argumentos muestra mensaje termina obligatorio omisión falta valor válido existe
    carpeta archivo archivos ruta vea quiso decir intervalo ninguno ninguna requiere
    admite interrumpido escribir escribe revisa revisar versión idioma
"""
SPANISH_WORDS = frozenset(_SPANISH.split())

_ENGLISH = """
    the of and to in is are for with without by this these that those from as be not only
    each every which when where into its it an at on was were has have show shows message
    exit usage options option commands command argument arguments required default missing
    invalid such got unexpected extra try see did you mean one value values file files
    folder directory path does write writes written read check checks date language
    whole number range valid
"""
ENGLISH_WORDS = frozenset(_ENGLISH.split())

#: Proper nouns, INE terms kept in Spanish in English texts, and tokens both languages share.
_ALLOWED = """
    ine-lint ine cncs utsi yaml json sarif junit github gitlab actions csv xlsx pdf html
    icalendar ics bom utf-8 git ci pre-commit lineamientos lineamiento anexo anexos área
    áreas junta juntas local locales distritales distrital entidad vigente_desde todas
    idioma historial conciso clave oficio mexico méxico ciudad es en no a
    yaml esquema referencia supresion base
"""
ALLOWED = frozenset(_ALLOWED.split()) | set(main.commands)  # command names are typed

_NOT_PROSE = re.compile(
    r"""(?<![\w-])--?[\w-]+(=\S*)?  # options as typed (not the -mail of e-mail)
      | \[[^\]\s]*\|[^\]\s]*\]    # choice lists [es|en]
      | \[\d[^\]]*\]              # ranges [0<=x<=366]
      | \S+@\S+                   # e-mail addresses
      | \S*[/\\.]\S*\w            # paths, file names, dotted ids (4.3.VIII, .ine-lint.yaml)
      | \b[A-Z][A-Z0-9_=-]+\b     # metavars and constants (FILE, INE_LINT_AS_OF)
      | '[^']*'                   # values echoed back by click ('--bogus', 'xml')
      | «[^»]*» | "[^"]*"         # quoted values and names
    """,
    re.X,
)
_WORD = re.compile(r"[^\W\d]+(?:-[^\W\d]+)*", re.U)


def words(text: str) -> list[str]:
    """The prose words of ``text``, lower-cased."""
    return [w.lower() for w in _WORD.findall(_NOT_PROSE.sub(" ", text))]


def _catalogue_texts(lang: str) -> list[str]:
    texts = [entry[lang] for entry in UI.values()]
    texts += [entry.get(lang, "") for entry in DOCS.values()]
    texts += [part for entry in MESSAGES.values() for part in entry[lang]]
    texts += list(CLICK_ES.values() if lang == "es" else CLICK_ES)
    return texts


def _vocabulary(lang: str) -> set[str]:
    return {w for text in _catalogue_texts(lang) for w in words(text)}


_ES, _EN = _vocabulary("es"), _vocabulary("en")
#: Words only one language's texts use (the other's translation never does).
ONLY = {"es": (_ES - _EN) | SPANISH_WORDS, "en": (_EN - _ES) | ENGLISH_WORDS}


def foreign_words(text: str, lang: str) -> list[str]:
    """Words of ``text`` that belong to the other language (empty when it speaks ``lang``)."""
    other = ONLY["en" if lang == "es" else "es"]
    found = [w for w in words(text) if w in other and w not in ALLOWED]
    if lang == "en":  # accents and ñ are Spanish, outside the INE terms allowed above
        found += [w for w in words(text) if re.search(r"[áéíóúñ¿¡]", w) and w not in ALLOWED]
    return sorted(set(found))
