"""Word classes the pipeline reads English press text with: titles, organisations, adverbs.

These are rules about how press releases describe people (offices, ranks, professions) and
bodies (ministries, offices, programmes), not lists of particular people or texts.
"""

from __future__ import annotations

__all__ = [
    "ABBREVIATED_GIVEN",
    "ABBREVIATED_TITLES",
    "ADVERBS",
    "AUXILIARIES",
    "FEMALE",
    "HONORIFICS",
    "MALE",
    "OFFICE_TITLES",
    "ORG_WORDS",
    "PARTICLES",
    "PROFESSIONS",
    "PRONOUNS",
    "STOP_CAPS",
    "SURNAME_TRADES",
    "TITLE_WORDS",
    "is_title_word",
]


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Offices and ranks: "the Minister" names whoever holds the office, so it needs a title match.
OFFICE_TITLES = _w(
    "president vice-president president-elect minister ministers ambassador ambassadors "
    "ambassador-designate secretary secretary-general secretaries director director-general "
    "directors deputy representative representatives commissioner commissioners chairman "
    "chairwoman chair chairperson spokesperson spokesman spokeswoman officer officer-in-charge "
    "head chief governor mayor senator congressman congresswoman general colonel captain "
    "lieutenant admiral marshal premier chancellor king queen prince princess sheikh emir "
    "sultan envoy consul consul-general counsellor counselor adviser advisor coordinator "
    "manager executive ceo cfo founder co-founder chargé charge d'affaires d\u2019affaires attaché "
    "attache undersecretary under-secretary administrator commander judge justice rector dean "
    "bishop pope cardinal patriarch ombudsman treasurer registrar principal vice "
    "high-representative delegate mp prime extraordinary plenipotentiary detective sergeant "
    "inspector constable superintendent provost spokesman-designate highness majesty ruler "
    "ombudsperson ombudswoman headmaster headmistress headteacher "
    "prefect sub-prefect lyonpo canciller diputado diputada "
    "crown-prince councillor councilor councilman councilwoman alderman alderwoman "
    "assemblyman assemblywoman legislator lawmaker deputy-mayor vice-mayor"
)
# Professions and roles: "the artist" can point back at the person last talked about.
PROFESSIONS = _w(
    "singer artist actor actress musician composer writer author poet athlete champion player "
    "coach journalist editor scientist researcher economist analyst expert professor doctor "
    "lawyer diplomat politician leader official officials member activist entrepreneur "
    "businessman businesswoman investor philanthropist designer architect photographer "
    "filmmaker director-producer producer dancer painter sculptor novelist historian "
    "pianist violinist conductor star legend guest host speaker engineer teacher farmer "
    "student nurse pilot worker volunteer scholar lecturer physician surgeon pastor imam "
    "priest rabbi monk chef curator consultant strategist specialist representative "
    "partner owner president-designate spokesperson commentator reporter columnist "
    "broadcaster presenter anchor blogger influencer astronaut cosmonaut officer soldier "
    "veteran laureate winner finalist runner captain-elect counterpart counterparts "
    "embroiderer artisan craftsman craftswoman blacksmith jeweller "
    "jeweler fisherman fisherwoman herder midwife librarian archivist "
    "archaeologist anthropologist biologist chemist physicist mathematician linguist "
    "storyteller ceramist goldsmith silversmith woodcarver "
    "glassblower calligrapher illustrator cartoonist playwright screenwriter choreographer "
    "vocalist guitarist drummer cellist percussionist flautist organist soprano tenor "
    "baritone mezzo-soprano ballerina mountaineer climber swimmer cyclist sprinter boxer "
    "wrestler footballer cricketer gymnast skier grandmaster mayor-elect paramedic "
    "firefighter interpreter translator trader vendor exporter importer navigator sailor "
    "elder healer apprentice agronomist veterinarian epidemiologist nutritionist hydrologist "
    "geologist meteorologist statistician"
)
# Occupations that are also family names ("the weaver Ana Quispe", but "Sigourney Weaver"):
# title words in lower case only; capitalised, they may be part of a name.
SURNAME_TRADES = _w("weaver potter baker carpenter shepherd tailor")


class _Titles(frozenset[str]):
    """Title words; a hyphenated word is one when a part is (Vice-Chancellor, Co-Chair)."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if isinstance(word, str) and "-" in word:
            if word.split("-", 1)[0] in ORG_WORDS:
                return False  # "Consulate-General": a body, not an office
            return any(
                frozenset.__contains__(self, part) and part not in SURNAME_TRADES
                for part in word.split("-")
            )
        return False


TITLE_WORDS: frozenset[str] = _Titles(OFFICE_TITLES | PROFESSIONS | SURNAME_TRADES)
HONORIFICS = _w(
    "mr mrs ms miss mx dr prof sir dame lord lady madam madame excellency his her h.e "
    "general colonel captain lieutenant admiral marshal major sgt gen col lt capt hon "
    "honorable honourable rev reverend shri smt shrimati amb eng sen rt hrh ratu "
    "datuk dato datin haji hajjah tun puan encik asec usec doña dona nana togbe afioga adi "
    "gov engr hajah alhaji alhaja hajia "
    "susuga bapak pak ibu ir drs dra begum ostad ustad ustaz mme mlle daw tā u rep "
    "khun seri lic licenciado licenciada ing ingeniero ingeniera dip arq abog dasho cllr worship "
    "highness majesty royal serene sayyid sayyida ato woizero weizero mama "
    "phdr mgr judr mudr rndr paeddr"
)
FEMALE = _w(
    "mrs ms miss madam madame dame lady ibu begum mme mlle daw sayyida woizero weizero mama"
)
MALE = _w("mr sir lord bapak pak u tā sayyid ato")
ORG_WORDS = _w(
    "ministry ministries office offices directorate bureau organization organisation organizations "
    "organisations "
    "programme program commission council union nations embassy agency department bank fund "
    "government parliament assembly committee institute university room hall service services "
    "republic kingdom states foundation association centre center forum movement group party "
    "court company corporation police army navy force forces administration authority board "
    "secretariat mission delegation federation club school college academy hospital museum "
    "theatre theater church palace house square street avenue road building tower airport "
    "station region province city county district zone state affairs relations development trade "
    "cooperation economic international national global world united news media press times "
    "post daily summit conference meeting day week year independence anniversary award prize "
    "project initiative strategy agenda plan act law treaty convention declaration network "
    "agreement partnership memorandum accord protocol charter framework roadmap policy "
    "climate cemetery memorial monument cathedral mosque bridge port harbour harbor market "
    "stadium arena gallery library fortress garden gardens plaza terminal pavilion complex "
    "campus hotel consulate community release chapter division unit section branch desk sector panel taskforce platform "
    "alliance coalition council chamber cabinet presidency senate congress majilis mazhilis "
    "duma ministry's agency's festival games olympics cup championship week month "
    "municipality municipalities prefecture governorate akimat hokimiyat inspectorate"
)
STOP_CAPS = _w(
    "the a an this that these those on in at during after before following according "
    "addressing speaking opening closing earlier later meanwhile however also both all each "
    "every some many most several other another such it its their our we they he she his her "
    "i you my your there here then when while as if but and or for with from by of to into "
    "upon about under over between among through since until guests guest participants "
    "mondays january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday today yesterday "
    "africa asia europe americas oceania caribbean sahel balkans caucasus pacific atlantic "
    "arctic antarctic south-west south-east north-west north-east"
)
PRONOUNS = {"he": "male", "she": "female", "they": "plural"}
ADVERBS = _w(
    "also further furthermore then again once repeatedly later previously earlier today "
    "yesterday thus therefore additionally moreover still already recently "
    "separately subsequently finally first firstly secondly lastly too likewise similarly "
    "notably specifically particularly especially reportedly publicly personally "
    "however nevertheless nonetheless meanwhile though"
)
AUXILIARIES = _w("has have had will would shall should can could may might must did does do")
PARTICLES = _w(
    "van von de der den da di du la le bin binti bint ibn al el del della dos das "
    "oglu ogly qizi kyzy kizi uulu uly nic ní ó uí"
)


def is_title_word(word: str) -> bool:
    """Whether a word (any case) names an office, rank or profession."""
    return word.lower().strip(".") in TITLE_WORDS


# Titles and honorifics written abbreviated with a full stop ("Dr.", "Engr.", "Ir."): the stop
# ends no sentence, and the word before a name marks it as a person's.
# Given names written abbreviated, part of the name: "Ma. Teresa" (Maria), "Md. Ashraful Alam".
ABBREVIATED_GIVEN = _w("ma md mohd muhd")
ABBREVIATED_TITLES = ABBREVIATED_GIVEN | _w(
    "mr mrs ms dr prof gen col lt capt sgt hon rev st jr sr amb eng sen rt hrh asec usec smt "
    "shri gov engr ir drs dra rep lic ing dip arq abog cllr"
)
