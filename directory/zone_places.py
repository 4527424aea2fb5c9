"""Names of places and zones as partners write them, for directory.zones: towns whose clock is not
their province's or state's, the states and territories of the United States by name, countries
with one zone (their overseas places: directory.overseas_places),
and zone abbreviations (`EST`, `HNE`) written where an IANA name belongs.

Keys are folded (directory.zones: lower case, accents and dots dropped).
"""

from __future__ import annotations

# (province or state code, town) -> zone, where it differs from the province's (directory.zones).
TOWN_ZONES: dict[tuple[str, str], str] = {
    # northwestern Ontario keeps Central time (Atikokan: Eastern standard time all year)
    **{
        ("ON", town): "America/Winnipeg"
        for town in (
            "kenora",
            "dryden",
            "fort frances",
            "sioux lookout",
            "red lake",
            "rainy river",
            "emo",
            "ear falls",
            "pickle lake",
            "keewatin",
            "vermilion bay",
        )
    },
    ("ON", "atikokan"): "America/Atikokan",
    # Labrador keeps Atlantic time (its south coast keeps Newfoundland's)
    **{
        ("NL", town): "America/Goose_Bay"
        for town in (
            "labrador city",
            "wabush",
            "happy valley-goose bay",
            "happy valley goose bay",
            "goose bay",
            "churchill falls",
            "nain",
            "hopedale",
            "makkovik",
            "rigolet",
            "postville",
            "sheshatshiu",
            "natuashish",
            "north west river",
        )
    },
    # Quebec's Lower North Shore (Atlantic, no daylight saving) and the Magdalen Islands (Atlantic)
    **{
        ("QC", town): "America/Blanc-Sablon"
        for town in (
            "blanc-sablon",
            "lourdes-de-blanc-sablon",
            "saint-augustin",
            "chevery",
            "la tabatiere",
            "tete-a-la-baleine",
            "harrington harbour",
            "gros-mecatina",
            "bonne-esperance",
        )
    },
    **{
        ("QC", town): "America/Halifax"
        for town in (
            "iles-de-la-madeleine",
            "cap-aux-meules",
            "havre-aubert",
            "fatima",
            "grande-entree",
            "havre-aux-maisons",
            "l'etang-du-nord",
            "grosse-ile",
        )
    },
    # northeastern British Columbia (Mountain standard time all year), the Kootenays (Mountain)
    **{
        ("BC", town): "America/Dawson_Creek"
        for town in (
            "fort st john",
            "fort saint john",
            "dawson creek",
            "chetwynd",
            "hudson's hope",
            "hudsons hope",
            "taylor",
            "tumbler ridge",
            "pouce coupe",
        )
    },
    ("BC", "fort nelson"): "America/Fort_Nelson",
    ("BC", "creston"): "America/Creston",
    **{
        ("BC", town): "America/Edmonton"
        for town in (
            "cranbrook",
            "kimberley",
            "fernie",
            "golden",
            "invermere",
            "sparwood",
            "elkford",
            "radium hot springs",
        )
    },
    # Lloydminster keeps Alberta's time on both sides of the border; Creighton and Denare Beach,
    # beside Flin Flon, keep Manitoba's (Central with daylight saving)
    ("SK", "lloydminster"): "America/Edmonton",
    ("SK", "creighton"): "America/Winnipeg",
    ("SK", "denare beach"): "America/Winnipeg",
    # Nunavut's Kivalliq (Central) and Kitikmeot (Mountain)
    **{
        ("NU", town): "America/Rankin_Inlet"
        for town in ("rankin inlet", "arviat", "baker lake", "chesterfield inlet", "naujaat", "whale cove")
    },
    ("NU", "coral harbour"): "America/Atikokan",
    **{
        ("NU", town): "America/Cambridge_Bay"
        for town in ("cambridge bay", "kugluktuk", "gjoa haven", "taloyoak", "kugaaruk")
    },
    # the Navajo Nation in Arizona keeps daylight saving
    **{
        ("AZ", town): "America/Denver"
        for town in (
            "window rock",
            "chinle",
            "tuba city",
            "kayenta",
            "ganado",
            "fort defiance",
            "many farms",
            "shonto",
            "dennehotso",
            "lukachukai",
            "tsaile",
            "navajo nation",
        )
    },
    ("TX", "el paso"): "America/Denver",
    **{
        ("FL", town): "America/Chicago"
        for town in ("pensacola", "panama city", "fort walton beach", "destin", "crestview")
    },
    **{
        ("TN", town): "America/New_York"
        for town in ("knoxville", "chattanooga", "johnson city", "kingsport", "bristol", "oak ridge")
    },
    **{("IN", town): "America/Chicago" for town in ("gary", "hammond", "evansville", "merrillville")},
    **{("ID", town): "America/Los_Angeles" for town in ("coeur d'alene", "lewiston", "moscow", "sandpoint")},
}

STATE_NAMES: dict[str, str] = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "washington dc": "DC", "florida": "FL", "floride": "FL", "georgia": "GA", "hawaii": "HI",
    "idaho": "ID", "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS",
    "kentucky": "KY", "louisiana": "LA", "louisiane": "LA", "maine": "ME", "maryland": "MD",
    "massachusetts": "MA", "michigan": "MI", "minnesota": "MN", "mississippi": "MS",
    "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV", "new hampshire": "NH",
    "new jersey": "NJ", "new mexico": "NM", "nouveau-mexique": "NM", "new york": "NY",
    "north carolina": "NC", "caroline du nord": "NC", "north dakota": "ND", "ohio": "OH",
    "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA", "pennsylvanie": "PA",
    "rhode island": "RI", "south carolina": "SC", "caroline du sud": "SC", "south dakota": "SD",
    "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA",
    "virginie": "VA", "washington": "WA", "west virginia": "WV", "wisconsin": "WI",
    "wyoming": "WY", "puerto rico": "PR", "porto rico": "PR", "guam": "GU",
    "us virgin islands": "VI", "virgin islands": "VI", "united states virgin islands": "VI",
    "iles vierges des etats-unis": "VI", "american samoa": "AS", "samoa americaines": "AS",
    "northern mariana islands": "MP", "northern marianas": "MP", "iles mariannes du nord": "MP",
}  # fmt: skip

# Countries with one zone (their overseas parts aside: directory.overseas_places), by ISO code and
# by name (English, French, their own language).
COUNTRY_ZONES: dict[str, str] = {
    **dict.fromkeys(("fr", "fra", "france"), "Europe/Paris"),
    **dict.fromkeys(("gb", "uk", "gbr", "united kingdom", "royaume-uni", "great britain", "england",
                     "angleterre", "scotland", "ecosse", "wales", "pays de galles", "northern ireland"),
                    "Europe/London"),
    **dict.fromkeys(("ie", "irl", "ireland", "irlande", "eire"), "Europe/Dublin"),
    **dict.fromkeys(("be", "bel", "belgium", "belgique", "belgie"), "Europe/Brussels"),
    **dict.fromkeys(("nl", "nld", "netherlands", "pays-bas", "nederland", "the netherlands"),
                    "Europe/Amsterdam"),
    **dict.fromkeys(("lu", "lux", "luxembourg"), "Europe/Luxembourg"),
    **dict.fromkeys(("de", "deu", "germany", "allemagne", "deutschland"), "Europe/Berlin"),
    **dict.fromkeys(("ch", "che", "switzerland", "suisse", "schweiz", "svizzera"), "Europe/Zurich"),
    **dict.fromkeys(("at", "aut", "austria", "autriche", "osterreich"), "Europe/Vienna"),
    **dict.fromkeys(("it", "ita", "italy", "italie", "italia"), "Europe/Rome"),
    **dict.fromkeys(("es", "esp", "spain", "espagne", "espana"), "Europe/Madrid"),
    **dict.fromkeys(("pl", "pol", "poland", "pologne", "polska"), "Europe/Warsaw"),
    **dict.fromkeys(("se", "swe", "sweden", "suede", "sverige"), "Europe/Stockholm"),
    **dict.fromkeys(("gr", "grc", "greece", "grece"), "Europe/Athens"),
    **dict.fromkeys(("ro", "rou", "romania", "roumanie"), "Europe/Bucharest"),
    **dict.fromkeys(("ht", "hti", "haiti"), "America/Port-au-Prince"),
    **dict.fromkeys(("pt", "prt", "portugal"), "Europe/Lisbon"),
}  # fmt: skip

# Abbreviations written as a location's zone -> (standard offset in minutes, the region's zone).
# Read with daylight saving: a partner who writes `EST` in July means Eastern time.
ABBREVIATIONS: dict[str, tuple[int, str]] = {
    **dict.fromkeys(("nst", "ndt", "nt", "hnt", "hat"), (-210, "America/St_Johns")),
    **dict.fromkeys(("ast", "adt", "at", "hna", "haa"), (-240, "America/Halifax")),
    **dict.fromkeys(("est", "edt", "et", "eastern", "hne", "hae", "est5edt"), (-300, "America/Toronto")),
    **dict.fromkeys(("cst", "cdt", "ct", "central", "hnc", "hac", "cst6cdt"), (-360, "America/Winnipeg")),
    **dict.fromkeys(("mst", "mdt", "mt", "mountain", "hnr", "har", "mst7mdt"), (-420, "America/Edmonton")),
    **dict.fromkeys(("pst", "pdt", "pt", "pacific", "hnp", "hap", "pst8pdt"), (-480, "America/Vancouver")),
    **dict.fromkeys(("akst", "akdt"), (-540, "America/Anchorage")),
    **dict.fromkeys(("hst",), (-600, "Pacific/Honolulu")),
    **dict.fromkeys(("cet", "cest"), (60, "Europe/Paris")),
    **dict.fromkeys(("bst",), (0, "Europe/London")),
}  # fmt: skip
