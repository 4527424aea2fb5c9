"""Places of a country with one zone that keep another clock or other holidays, for
directory.zones: France's overseas departments and collectivities (their clock and the public
holidays their law adds), Alsace-Moselle (Good Friday and Saint Stephen's Day by local law), and
the overseas places of Spain, Portugal, the Netherlands, the United Kingdom and Denmark (their
clock only). See directory/profile.md, "Time zones" and "Holidays said in words".

Keys are folded (directory.zones: lower case, accents and dots dropped, hyphens read as spaces);
a name two places share with different clocks or holidays (Saint-Denis, in La Réunion and beside
Paris; Saint-Pierre, in La Réunion, Martinique and Saint-Pierre-et-Miquelon) is no town key here:
the region or department (`state_province`) says which.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypeVar

# Each French overseas place: (its zone, its public holidays' region in directory.public_holidays).
_MARTINIQUE = ("America/Martinique", "FR-MQ")
_GUADELOUPE = ("America/Guadeloupe", "FR-GP")
_GUYANE = ("America/Cayenne", "FR-GF")
_REUNION = ("Indian/Reunion", "FR-RE")
_MAYOTTE = ("Indian/Mayotte", "FR-YT")
_MIQUELON = ("America/Miquelon", "FR")  # no holiday of its own
_TAHITI = ("Pacific/Tahiti", "FR-PF")
_NOUMEA = ("Pacific/Noumea", "FR-NC")
_MARIGOT = ("America/Marigot", "FR-MF")
_ST_BARTH = ("America/St_Barthelemy", "FR-BL")
_WALLIS = ("Pacific/Wallis", "FR-WF")

_FRENCH: tuple[tuple[tuple[str, str], tuple[str, ...]], ...] = (
    (_MARTINIQUE, ("martinique", "972", "mq", "mtq", "fort de france", "le lamentin", "schoelcher",
                   "le robert", "le francois", "ducos", "la trinite", "riviere pilote", "le marin")),
    (_GUADELOUPE, ("guadeloupe", "971", "gp", "glp", "pointe a pitre", "les abymes", "baie mahault",
                   "le gosier", "basse terre", "petit bourg", "le moule", "capesterre belle eau",
                   "morne a l'eau", "marie galante", "grand bourg")),
    (_GUYANE, ("guyane", "guyane francaise", "french guiana", "973", "gf", "guf", "cayenne",
               "saint laurent du maroni", "kourou", "matoury", "remire montjoly", "macouria",
               "maripasoula")),
    (_REUNION, ("la reunion", "reunion", "ile de la reunion", "974", "re", "reu", "le tampon",
                "la possession", "cilaos", "salazie", "saint gilles les bains")),
    (_MAYOTTE, ("mayotte", "976", "yt", "myt", "mamoudzou", "dzaoudzi", "koungou", "pamandzi",
                "dembeni")),
    (_MIQUELON, ("saint pierre et miquelon", "st pierre et miquelon", "saint pierre and miquelon",
                 "st pierre and miquelon", "st pierre & miquelon", "975", "pm", "spm", "saint pierre",
                 "st pierre", "miquelon", "miquelon langlade")),
    (_TAHITI, ("polynesie francaise", "polynesie", "french polynesia", "987", "pf", "pyf", "tahiti",
               "papeete", "faaa", "punaauia", "pirae", "moorea", "bora bora", "raiatea", "uturoa")),
    (("Pacific/Marquesas", "FR-PF"), ("marquises", "iles marquises", "marquesas", "marquesas islands",
                                      "nuku hiva", "taiohae", "hiva oa", "atuona")),
    (("Pacific/Gambier", "FR-PF"), ("gambier", "iles gambier", "mangareva", "rikitea")),
    (_NOUMEA, ("nouvelle caledonie", "new caledonia", "988", "nc", "ncl", "noumea", "dumbea", "paita",
               "kone", "lifou", "province sud", "province nord", "province des iles loyaute")),
    (_MARIGOT, ("saint martin", "st martin", "collectivite de saint martin", "978", "mf", "maf",
                "marigot", "grand case")),
    (_ST_BARTH, ("saint barthelemy", "st barthelemy", "st barth", "st barts", "977", "bl", "blm",
                 "gustavia")),
    (_WALLIS, ("wallis et futuna", "wallis and futuna", "wallis & futuna", "986", "wf", "wlf",
               "mata utu", "wallis", "futuna", "uvea")),
)  # fmt: skip

# A French overseas place (region, department, collectivity, its ISO 3166 code as a country, a town)
# -> (zone, holidays' region).
FRENCH_OVERSEAS: dict[str, tuple[str, str]] = {name: place for place, names in _FRENCH for name in names}
# Codes and department numbers (`RE`, `972`) name no town: `Ré` is an island off La Rochelle.
_FRENCH_TOWNS = {name: place for name, place in FRENCH_OVERSEAS.items() if len(name) > 3}

# Alsace-Moselle: the departments Bas-Rhin (67), Haut-Rhin (68) and Moselle (57), by name or
# number, the region's names, and their larger towns (not Saint-Louis: also La Reunion's).
ALSACE_MOSELLE: frozenset[str] = frozenset(
    (
        "bas rhin", "haut rhin", "moselle", "67", "68", "57", "alsace", "alsace moselle",
        "collectivite europeenne d'alsace", "strasbourg", "mulhouse", "colmar", "metz", "thionville",
        "haguenau", "schiltigheim", "illkirch graffenstaden", "forbach", "sarreguemines", "selestat",
        "saverne", "montigny les metz", "yutz", "sarrebourg", "guebwiller", "wittenheim", "lingolsheim",
        "bischheim", "obernai", "molsheim", "creutzwald", "saint avold", "hayange", "woippy", "illzach",
        "riedisheim", "rixheim", "kingersheim", "brumath", "bischwiller", "erstein", "wissembourg",
        "thann", "cernay", "altkirch", "ribeauville",
    )
)  # fmt: skip
# Grand Est, the region of Alsace-Moselle and seven other departments: read as Alsace-Moselle
# (over half its people live there; "closed" is the safer mistake), unless the town is one of
# the others' (Reims, Nancy, Troyes...).
GRAND_EST: frozenset[str] = frozenset(("grand est", "alsace champagne ardenne lorraine", "acal"))
GRAND_EST_ELSEWHERE: frozenset[str] = frozenset(
    (
        "reims", "nancy", "troyes", "charleville mezieres", "chalons en champagne", "epinal",
        "verdun", "bar le duc", "chaumont", "saint dizier", "vandoeuvre les nancy", "luneville",
        "toul", "epernay", "sedan",
    )
)  # fmt: skip

# Other countries' overseas places that keep another clock than the country's, by the country's
# zone: country zone -> {folded place: zone} (their holidays stay the country's).
_ELSEWHERE: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Europe/Madrid", "Atlantic/Canary",
     ("canarias", "islas canarias", "canary islands", "iles canaries", "las palmas", "santa cruz de tenerife",
      "las palmas de gran canaria", "tenerife", "gran canaria", "lanzarote", "fuerteventura", "la palma",
      "la gomera", "el hierro", "san cristobal de la laguna", "la laguna", "telde", "arrecife",
      "puerto del rosario", "santa cruz de la palma", "san sebastian de la gomera", "arona", "adeje",
      "puerto de la cruz", "san bartolome de tirajana", "maspalomas")),
    ("Europe/Lisbon", "Atlantic/Azores",
     ("acores", "azores", "regiao autonoma dos acores", "ponta delgada", "angra do heroismo", "horta",
      "ribeira grande", "praia da vitoria", "sao miguel", "terceira", "faial")),
    ("Europe/Amsterdam", "America/Kralendijk",
     ("caribisch nederland", "caribbean netherlands", "bes islands", "bonaire", "kralendijk",
      "sint eustatius", "statia", "oranjestad", "saba", "the bottom", "aruba", "curacao", "willemstad",
      "sint maarten", "philipsburg")),
    ("Europe/London", "Europe/Gibraltar", ("gibraltar",)),
    ("Europe/London", "Atlantic/Bermuda", ("bermuda",)),
    ("Europe/London", "Atlantic/Stanley", ("falkland islands", "falklands", "iles malouines")),
    ("Europe/London", "America/Cayman", ("cayman islands", "iles caimans", "grand cayman")),
    ("Europe/London", "America/Tortola", ("british virgin islands", "tortola", "road town")),
    ("Europe/London", "America/Grand_Turk", ("turks and caicos islands", "turks and caicos", "grand turk")),
    ("Europe/London", "America/Montserrat", ("montserrat",)),
    ("Europe/London", "America/Anguilla", ("anguilla",)),
    ("Europe/London", "Atlantic/St_Helena",
     ("saint helena", "st helena", "sainte helene", "jamestown", "ascension island", "tristan da cunha")),
    ("Europe/Copenhagen", "America/Nuuk", ("greenland", "gronland", "groenland", "kalaallit nunaat", "nuuk")),
    ("Europe/Copenhagen", "Atlantic/Faroe",
     ("faroe islands", "faroes", "faeroerne", "foroyar", "iles feroe", "torshavn")),
)  # fmt: skip
OTHER_OVERSEAS: dict[str, dict[str, str]] = {
    country: {name: zone for of, zone, names in _ELSEWHERE if of == country for name in names}
    for country, _, _ in _ELSEWHERE
}


# "La Réunion", "Le Lamentin": a name not found is looked up again without its French article.
_ARTICLE = re.compile(r"^(?:(?:les|le|la) |l')")


def _key(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold().replace("\u2019", "'"))
    folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(folded.replace(".", "").replace("-", " ").split())


_T = TypeVar("_T")


def _lookup(table: dict[str, _T], text: str | None) -> _T | None:
    key = _key(text)
    return table.get(key) if key in table else table.get(_ARTICLE.sub("", key))


def french_overseas(
    country: str | None, state_province: str | None, city: str | None, *, france: bool
) -> tuple[str, str] | None:
    """(zone, holidays' region) of a French overseas place: the country written as one (`MQ`,
    `Martinique`, `La Réunion`), else, in France, its region or department (`state_province`),
    else its town; a narrower place of the same territory refines it (Rikitea, French Polynesia:
    the Gambier's clock), one of another does not (Saint-Pierre, La Réunion); None elsewhere."""
    territory = _lookup(FRENCH_OVERSEAS, country)
    if not territory and not france:
        return None
    found = territory
    for narrower in (_lookup(FRENCH_OVERSEAS, state_province), _lookup(_FRENCH_TOWNS, city)):
        if narrower and (found is None or narrower[1] == found[1]):
            found = narrower
    return found


def in_alsace_moselle(state_province: str | None, city: str | None) -> bool:
    """A French address in Bas-Rhin, Haut-Rhin or Moselle, by its department, region or town."""
    state, town = _key(state_province), _key(city)
    if state in GRAND_EST:
        return town not in GRAND_EST_ELSEWHERE
    return state in ALSACE_MOSELLE or town in ALSACE_MOSELLE


def other_overseas(country_zone: str | None, state_province: str | None, city: str | None) -> str | None:
    """The zone of another country's overseas place (the Canary Islands with the country `ES`,
    Greenland with `DK`), by its region, else its town; None when it keeps the country's."""
    places = OTHER_OVERSEAS.get(country_zone or "", {})
    return _lookup(places, state_province) or _lookup(places, city)
