"""A seeded generator of a French territorial-governance corpus (for benchmarks only).

The sentences are assembled from our own word lists; they read like catalogue abstracts and
long analyses, with the inflections (plurals, feminine forms, elisions) and accents that make
French search hard.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from kb_app.core.dto import AgentDraft, FicheDraft

NOUNS = (
    "gouvernance",
    "démocratie",
    "coopérative",
    "coopération",
    "collectivité",
    "territoire",
    "acteur",
    "politique",
    "réseau",
    "association",
    "décentralisation",
    "participation",
    "délibération",
    "épistémologie",
    "économie",
    "solidarité",
    "budget",
    "habitant",
    "élu",
    "service",
    "intérêt",
    "bien",
    "commun",
    "ressource",
    "énergie",
    "mobilité",
    "logement",
    "agriculture",
    "alimentation",
    "écosystème",
    "région",
    "commune",
    "métropole",
    "quartier",
    "entreprise",
    "filière",
    "université",
    "apprentissage",
    "expérience",
    "médiation",
    "citoyenneté",
    "subsidiarité",
    "transition",
    "planification",
    "aménagement",
    "évaluation",
    "responsabilité",
    "légitimité",
    "conflit",
    "négociation",
    "partenariat",
    "coproduction",
)
ADJECTIVES = (
    "territoriale",
    "participative",
    "locale",
    "publique",
    "commune",
    "solidaire",
    "durable",
    "européenne",
    "rurale",
    "urbaine",
    "collective",
    "sociale",
    "économique",
    "citoyenne",
    "démocratique",
    "coopératif",
    "associatif",
    "intercommunal",
    "mondiale",
    "régionale",
)
LINKS = ("de la", "des", "du", "pour la", "dans la", "et la", "face à la", "entre la", "par la")
VERBS = (
    "analyse",
    "interroge",
    "décrit",
    "compare",
    "met en lumière",
    "questionne",
    "documente",
    "retrace",
    "évalue",
    "propose",
    "discute",
    "examine",
)
PLACES = (
    "Nantes",
    "Lyon",
    "Grenoble",
    "Lille",
    "Porto Alegre",
    "Bruxelles",
    "Barcelone",
    "Dakar",
    "Montréal",
    "Bogotá",
    "Pékin",
    "Rennes",
    "Strasbourg",
    "Marseille",
    "Genève",
    "Liège",
)
GIVEN = (
    "Anne",
    "Pierre",
    "Marie",
    "Jean",
    "Hélène",
    "François",
    "Élise",
    "Matthieu",
    "Sophie",
    "Benoît",
    "Claire",
    "Étienne",
    "Louise",
    "Gaëlle",
    "Noël",
    "Zoé",
    "Raphaël",
    "Inès",
)
FAMILY = (
    "Martin",
    "Bernard",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Laurent",
    "Girard",
    "Rousseau",
    "Fournier",
    "Mercier",
    "Chevalier",
    "Lambert",
    "Bonnet",
    "François",
    "Gauthier",
    "Perrin",
    "Robin",
    "Clément",
    "Morel",
    "Faure",
    "André",
    "Blanc",
    "Guérin",
    "Boyer",
)
PUBLISHERS = (
    "Éditions Charles Léopold Mayer",
    "La Découverte",
    "Presses universitaires",
    "L'Harmattan",
    "Éditions du Seuil",
    "CNFPT",
    "Institut de la gouvernance",
)
CONCEPTS = (
    "gouvernance territoriale",
    "démocratie participative",
    "budget participatif",
    "conférence de citoyens",
    "panel de citoyens",
    "bien commun",
    "biens communs",
    "coproduction du bien public",
    "économie sociale et solidaire",
    "décentralisation",
    "démocratie locale",
    "collectivités territoriales",
    "apprentissage collectif",
    "capital immatériel",
    "subsidiarité active",
    "service public",
    "ONG",
    "ville durable",
    "espace rural",
    "acteurs non étatiques",
    "gouvernance mondiale",
    "délibération",
)


def _plural(word: str) -> str:
    return word if word.endswith(("s", "x")) else word + "s"


class Generator:
    def __init__(self, seed: int) -> None:
        self.rnd = random.Random(seed)

    def phrase(self) -> str:
        r = self.rnd
        noun = r.choice(NOUNS)
        noun = _plural(noun) if r.random() < 0.35 else noun
        adjective = r.choice(ADJECTIVES)
        return (
            f"{noun} {adjective}"
            if r.random() < 0.6
            else f"{noun} {r.choice(LINKS)} {r.choice(NOUNS)}"
        )

    def sentence(self) -> str:
        r = self.rnd
        subject = r.choice(
            (
                "Ce travail",
                "L'auteur",
                "L'étude",
                "Cette analyse",
                "Le rapport",
                "L'ouvrage",
                "L'enquête",
                "La note",
            )
        )
        body = f"{subject} {r.choice(VERBS)} {self.phrase()} à {r.choice(PLACES)}"
        if r.random() < 0.5:
            body += f", en lien avec l'{r.choice(('épistémologie', 'évaluation', 'expérience'))} {r.choice(LINKS)} {self.phrase()}"
        return body + "."

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))

    def person(self) -> AgentDraft:
        return AgentDraft(f"{self.rnd.choice(FAMILY)}, {self.rnd.choice(GIVEN)}", "author")

    def reference(self, i: int) -> FicheDraft:
        r = self.rnd
        title = self.phrase().capitalize() + f" à {r.choice(PLACES)}"
        return FicheDraft(
            kind="reference",
            title=title,
            key=f"bench-ref-{i:06d}",
            date=str(r.randint(1960, 2025)),
            summary=self.paragraph(r.randint(4, 8)),
            concepts=tuple(r.sample(CONCEPTS, r.randint(1, 3))),
            agents=(
                *tuple(self.person() for _ in range(r.randint(1, 3))),
                AgentDraft(r.choice(PUBLISHERS), "publisher", "organisation"),
            ),
            details={
                "type": r.choice(("book", "article", "report", "chapter")),
                "pages": r.randint(5, 400),
            },
        )

    def analysis(self, i: int) -> FicheDraft:
        r = self.rnd
        sections = [
            f"## {self.phrase().capitalize()}\n\n{self.paragraph(r.randint(8, 14))}"
            for _ in range(r.randint(6, 10))
        ]
        return FicheDraft(
            kind="analysis",
            title="Analyse : " + self.phrase(),
            key=f"bench-ana-{i:06d}",
            date=str(r.randint(1990, 2025)),
            summary=self.paragraph(2),
            body="\n\n".join(sections),
            concepts=tuple(r.sample(CONCEPTS, r.randint(2, 4))),
            agents=(self.person(),),
        )

    def drafts(self, references: int, analyses: int) -> Iterator[FicheDraft]:
        for i in range(references):
            yield self.reference(i)
        for i in range(analyses):
            yield self.analysis(i)
