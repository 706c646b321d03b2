"""Danish: every text the user sees, by key."""

from samtale.messages.keys import Msg

MESSAGES: dict[str, str] = {
    # Errors and the exit point
    Msg.INTERRUPTED: "Afbrudt. Intet er gemt.",
    Msg.BUG: "Uventet fejl ({kind}) – det er en fejl i samtale. Kør igen med --debug for detaljer.",
    Msg.IO_FAILED: "Kunne ikke bruge {path}: {reason}.",
    Msg.IO_FAILED_NO_PATH: "En fil kunne ikke læses eller skrives: {reason}.",
    Msg.IO_FULL: "der er ikke plads på disken",
    Msg.IO_READ_ONLY: "filsystemet er skrivebeskyttet",
    Msg.IO_NO_ACCESS: "du har ikke adgang",
    Msg.IO_IS_FOLDER: "det er en mappe, ikke en fil",
    Msg.IO_NOT_FOLDER: "en del af stien er en fil, ikke en mappe",
    Msg.IO_TOO_BIG: "filen er større, end der er tilladt her",
    Msg.UNKNOWN_VALUE: "Ukendt {kind} '{value}'{hint} Gyldige: {valid}.",
    Msg.UNKNOWN_SUGGEST: " – mente du '{suggestion}'?",
    Msg.UNKNOWN_NO_SUGGESTION: ".",
    Msg.KIND_REGION: "region",
    Msg.KIND_TOPIC: "emne",
    Msg.KIND_CONTEXT: "kontekst",
    Msg.KIND_GROUP: "målgruppe",
    Msg.KIND_SERVICE: "ydelse",
    Msg.KIND_FACT_TOPIC: "emne",
    Msg.KIND_COUNTRY: "land",
    Msg.KIND_SIGN: "tegn",
    Msg.KIND_AGE_GROUP: "aldersgruppe",
    Msg.KIND_GENDER: "køn",
    Msg.KIND_NATIONALITY: "nationalitet",
    Msg.KIND_SECTOR: "sektor",
    Msg.KIND_LANGUAGE: "samtalesprog",
    Msg.REGION_VALID: "en landsdel ({landsdele}), en region, en kommune eller en større by",
    Msg.REGION_OTHER_COUNTRY: "'{value}' ligger i {name}: brug --country {country}.",
    Msg.COUNTRY_DK: "Danmark",
    Msg.COUNTRY_SE: "Sverige",
    # Typer's and click's own words, and their errors as one line
    Msg.HELP_HELP: "Vis denne hjælp og afslut.",
    Msg.USAGE_PREFIX: "Brug:",
    Msg.USAGE_OPTIONS_METAVAR: "[TILVALG]",
    Msg.USAGE_COMMAND_METAVAR: "KOMMANDO [ARGUMENTER]...",
    Msg.USAGE_OPTIONS: "Tilvalg",
    Msg.USAGE_COMMANDS: "Kommandoer",
    Msg.USAGE_ARGUMENTS: "Argumenter",
    Msg.USAGE_DEFAULT: "[standard: {}]",
    Msg.USAGE_ENVVAR: "[miljøvariabel: {}]",
    Msg.USAGE_REQUIRED: "[skal angives]",
    Msg.USAGE_METAVAR_TEXT: "VÆRDI",
    Msg.USAGE_METAVAR_FILE: "FIL",
    Msg.USAGE_METAVAR_PATH: "STI",
    Msg.USAGE_METAVAR_FOLDER: "MAPPE",
    Msg.USAGE_METAVAR_NUMBER: "TAL",
    Msg.USAGE_OTHER_LANGUAGE_OPTIONS: (
        "--fortsätt --grupp --inaktuella --kontext --mall --språk --sök --tjänst --ämne --äldre-än"
    ),
    Msg.USAGE_COMMAND_WORDS: (
        "forbered=prep forberedelse=prep formuleringer=phrases spørgsmål=phrases "
        "tilbud=resources hjælp=help ressourcer=resources uddeling=handout folder=handout "
        "tegn=signs fakta=facts øv=practice øvelse=practice cases=practice "
        "refleksion=reflect reflekter=reflect noter=notes note=notes "
        "indstillinger=config opfølgning=followup eksporter=export vis=show slet=delete "
        "liste=list ryd=purge krypter=encrypt sæt=set"
    ),
    Msg.USAGE_LINE: "{message} Se '{path} --help'.",
    Msg.USAGE_NO_SUCH_OPTION: "Ukendt tilvalg {option}.{hint}",
    Msg.USAGE_DID_YOU_MEAN: " Mente du {options}?",
    Msg.USAGE_NEEDS_VALUE: "{option} skal have en værdi.",
    Msg.USAGE_EXTRA: "Uventet ekstra argument: {args}.",
    Msg.USAGE_MISSING: "{name} mangler.",
    Msg.USAGE_BAD_VALUE: "Ugyldig værdi for {name}: {problem}",
    Msg.USAGE_NO_SUCH_COMMAND: "Ukendt kommando '{name}'.",
    # Help
    Msg.HELP_APP: (
        "Forbered en neutral og tryg samtale med en borger, der måske sælger eller bytter "
        "seksuelle ydelser: spørgsmål til hver fase, pligter, henvisninger og en privat "
        "forberedelsesnote."
    ),
    Msg.HELP_COUNTRY: "Landets vejledninger og sprog: dk (Danmark, standard) eller se (Sverige).",
    Msg.HELP_NO_PAGER: "Skriv lang tekst direkte på skærmen, ikke gennem en pager (less).",
    Msg.HELP_DEBUG: "Vis hele fejlsporet ved uventede fejl (kan indeholde det, du har skrevet).",
    Msg.HELP_VERSION: "Vis versionen og afslut.",
    Msg.HELP_HELP_COMMAND: "Vis hjælpen til samtale eller til en kommando, fx 'help resources'.",
    Msg.HELP_HELP_COMMAND_COMMAND: (
        "Kommandoen (og evt. underkommandoen), der skal vises hjælp til."
    ),
    Msg.HELP_HELP_COMMAND_METAVAR: "[KOMMANDO]...",
    Msg.HELP_INSTALL_COMPLETION: (
        "Installér tab-fuldførelse (bash, zsh, fish; uden navn: din skal)."
    ),
    Msg.HELP_SHOW_COMPLETION: "Vis fuldførelsesscriptet (bash, zsh, fish; uden navn: din skal).",
    Msg.COMPLETION_INSTALLED: "Tab-fuldførelse til {shell} ligger i {path} (i nye terminaler).",
    Msg.COMPLETION_UNKNOWN_SHELL: "Kan ikke fuldføre i skallen '{shell}'. Nævn en af: {valid}.",
    Msg.HELP_JSON: "Skriv resultatet som JSON (til scripts).",
    Msg.HELP_PHRASES: "Neutrale spørgsmål og formuleringer til samtalens faser.",
    Msg.HELP_PHRASES_TOPIC: (
        "Samtalens fase eller emne, fx safety/sikkerhed, opening/åbning, children/børn. "
        "Alle: samtale ids topics."
    ),
    Msg.HELP_PHRASES_CONTEXT: (
        "Vis formuleringer til en kontekst, fx substance_use/rusmidler. Alle: samtale ids contexts."
    ),
    Msg.HELP_PHRASES_SEARCH: "Vis kun formuleringer, der indeholder denne tekst.",
    Msg.HELP_PHRASES_LANGUAGE: (
        "Samtalens sprog: da/dansk eller en/engelsk. På engelsk står den danske tekst under."
    ),
    Msg.HELP_RESOURCES: "Hvem der kan hjælpe i et område, med kontaktdata og deres alder.",
    Msg.HELP_HANDOUT: (
        "Én side, personen kan tage med: den hjælp, der findes, hvor de bor, med kontaktdata "
        "og dato, og deres rettigheder. Intet om personen."
    ),
    Msg.HELP_HANDOUT_REGION: (
        "Hvor personen bor: landsdel, region, kommune eller by. Uden: kun landsdækkende tilbud."
    ),
    Msg.HELP_HANDOUT_LANGUAGE: "Sidens sprog: da/dansk eller en/engelsk (standard: dansk).",
    Msg.HELP_HANDOUT_OUTPUT: "Skriv siden til en ny fil (0600) i stedet for at vise den.",
    Msg.HELP_HANDOUT_FORMAT: "md (Markdown) eller html (én side, der kan printes).",
    Msg.HELP_HANDOUT_DISCREET: "Titel og tekst siger ikke, hvad siden handler om.",
    Msg.HANDOUT_WRITTEN: "Siden er skrevet til {path}.",
    Msg.KIND_FORMAT: "format",
    Msg.HELP_RESOURCES_REGION: (
        "Landsdel, region, kommune eller by, fx fyn, 'Region Syddanmark', Odense. "
        "Landsdækkende tilbud kommer altid med."
    ),
    Msg.HELP_RESOURCES_GROUP: (
        "Kun tilbud til en målgruppe, fx unge, kvinder, udlændinge. Alle: samtale ids groups."
    ),
    Msg.HELP_RESOURCES_SERVICE: (
        "Kun tilbud med en bestemt ydelse, fx retshjælp, sundhed. Alle: samtale ids services."
    ),
    Msg.HELP_RESOURCES_STALE: (
        "Vis i stedet alle kontaktdata, der er udaterede eller ældre end --older-than måneder "
        "(medfølgende og lokale), med kilde – til dem, der holder listen ajour."
    ),
    Msg.HELP_RESOURCES_OLDER_THAN: (
        "Hvor mange måneder kontaktdata må være, før de vises (standard 24)."
    ),
    Msg.HELP_SIGNS: "Mulige tegn og mulige følgevirkninger – og at de kan betyde andet.",
    Msg.HELP_FACTS: "Lovgivning, tal og begreber, hver med kilde.",
    Msg.HELP_FACTS_TOPIC: "law/lov, stats/tal eller terms/begreber.",
    Msg.HELP_FACTS_SOURCES: "Kilderne i fuld længde: dokumenter, lovgrundlag, kontroldato.",
    Msg.HELP_IDS: "Alle id'er, du kan skrive: emner, kontekster, tegn, regioner, grupper og flere.",
    Msg.HELP_IDS_KIND: "Kun én slags, fx topics, contexts, signs, regions, places, groups.",
    Msg.HELP_IDS_METAVAR: "[SLAGS]",
    Msg.KIND_IDS: "slags id",
    Msg.IDS_KIND_TOPICS: "emner: --topic, topics i svarfilen",
    Msg.IDS_KIND_CONTEXTS: "kontekster: --context, contexts i svarfilen",
    Msg.IDS_KIND_GROUPS: "målgrupper: resources --group",
    Msg.IDS_KIND_SERVICES: "ydelser: resources --service",
    Msg.IDS_KIND_FACT_TOPICS: "emner for facts --topic",
    Msg.IDS_KIND_SIGNS: "tegn og følgevirkninger: signs i svarfilen",
    Msg.IDS_KIND_REGIONS: "landsdele, regioner og områder: --region, region i svarfilen",
    Msg.IDS_KIND_PLACES: "kommuner og byer, som --region også forstår",
    Msg.IDS_KIND_CASES: "cases: practice CASE",
    Msg.IDS_KIND_AGE_GROUPS: "aldersgrupper: age_group i svarfilen",
    Msg.IDS_KIND_GENDERS: "køn: gender i svarfilen",
    Msg.IDS_KIND_NATIONALITIES: "nationalitet: nationality i svarfilen",
    Msg.IDS_KIND_SECTORS: "hvor du arbejder: sector i svarfilen",
    Msg.IDS_KIND_COUNTRIES: "lande: --country",
    Msg.IDS_KIND_CONVERSATION_LANGUAGES: "samtalesprog: --language, conversation_language",
    Msg.IDS_KIND_SETTINGS: "indstillinger: config set NØGLE VÆRDI",
    Msg.HELP_DATA: "Vedligehold af vejledningsdata.",
    Msg.HELP_DATA_CHECK: "Valider alle datafiler og krydshenvisninger.",
    Msg.HELP_DATA_DIR: "Tjek en anden datamappe (med en undermappe pr. land) end den indbyggede.",
    # Data loading and checking
    Msg.DATA_MISSING_FILE: "Datafil mangler: {path}",
    Msg.DATA_MISSING_FOLDER: "Datamappen findes ikke: {path}",
    Msg.DATA_YAML_ERROR: "{path}{line}: ugyldig YAML: {problem}",
    Msg.DATA_NOT_UTF8: "{path}{line}: datafilen er ikke gemt som UTF-8.",
    Msg.DATA_TOO_DEEP: "indlejret dybere end {limit} niveauer",
    Msg.DATA_PROBLEM: "{where}: {entry} → {field}: {message}",
    Msg.DATA_MORE_PROBLEMS: " (og {count} fejl mere – kør 'samtale data check')",
    Msg.DATA_PROBLEM_COUNT: " ({count} fejl i alt)",
    Msg.DATA_OK: (
        "Data i orden ({folder}): {phrases} formuleringer, {resources} tilbud, "
        "{signs} tegn, {facts} fakta, {places} kommuner og byer."
    ),
    Msg.CHECK_DUPLICATE_ID: "id findes allerede",
    Msg.CHECK_FORMAT_ID: "'{value}' er ikke et gyldigt id (små bogstaver, tal og _)",
    Msg.CHECK_FORMAT_MONTH: "'{value}' er ikke en måned på formen ÅÅÅÅ-MM",
    Msg.CHECK_FORMAT_TEXT: "teksten er tom",
    Msg.CHECK_CONTROL_CHARACTER: "teksten har et kontroltegn (fx ESC), som kan styre terminalen",
    Msg.CHECK_EMPTY_LIST: "listen må ikke være tom",
    Msg.CHECK_MISSING_ID: "mangler det faste id '{id}'",
    Msg.CHECK_UNKNOWN_SOURCE: "ukendt kilde '{doc}' (se sources.yaml)",
    Msg.CHECK_FORMAT_DAY: "'{value}' er ikke en dato på formen ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD",
    Msg.CHECK_AS_OF_UNDATED_SOURCE: (
        "kilden '{doc}' har ingen dato, så as_of skal være null (udateret)"
    ),
    Msg.CHECK_AS_OF_MISSING: "as_of mangler; kilden er dateret {when}",
    Msg.CHECK_AS_OF_TOO_NEW: "as_of er nyere end det, der står inde for den ({when})",
    Msg.CHECK_BUNDLED_NEEDS_SOURCE: (
        "mangler source (dokument og afsnit); kun en lokal fil kan undvære den"
    ),
    Msg.CHECK_LOCAL_ONLY: (
        "'{field}' hører kun til i en lokal tilbudsfil; her dateres kontaktdata med as_of"
    ),
    Msg.LOCAL_NOT_A_LIST: "filen skal have en liste af tilbud under 'resources:'",
    Msg.LOCAL_UNREADABLE: "Kan ikke læse den lokale tilbudsfil {path}: {reason}",
    Msg.LOCAL_TOO_BIG: "Den lokale tilbudsfil {path} er større end {limit} MB",
    Msg.LOCAL_NOT_UTF8: "{path}{line}: den lokale tilbudsfil er ikke gemt som UTF-8",
    Msg.LOCAL_NEEDS_VERIFIED: (
        "mangler verified: datoen, tilbuddet sidst blev kontrolleret (ÅÅÅÅ-MM-DD)"
    ),
    Msg.LOCAL_VERIFIED_FUTURE: "verified ({when}) ligger efter i dag",
    Msg.LOCAL_NEEDS_VERIFIED_BY: "mangler verified_by: hvem der kontrollerede tilbuddet",
    Msg.LOCAL_OK: "Lokal tilbudsfil {path}: {count} tilbud, ingen fejl.",
    Msg.LOCAL_NONE: "Ingen lokal tilbudsfil ({path}).",
    Msg.CHECK_BAD_LINK: "linket '{link}' er ikke tilladt – kun http(s)-, tel- og mailto-links",
    Msg.CHECK_UNKNOWN_TAG: "ukendt tag '{tag}' (tegn, kontekst, aldersgruppe eller køn)",
    Msg.CHECK_ROUTE_UNKNOWN: "reach_via peger på '{id}', som ikke er et tilbud",
    Msg.CHECK_ROUTE_SELF: "reach_via peger på tilbuddet selv",
    Msg.CHECK_ROUTE_INACTIVE: "reach_via peger på '{id}', som ikke længere er aktivt",
    Msg.CHECK_ROUTE_UNDATED: "reach_via peger på '{id}', som ikke har et dateret kontaktpunkt",
    Msg.CHECK_NEEDS_ROUTE: (
        "et aktivt tilbud til borgere uden dateret kontaktpunkt skal have reach_via: "
        "hvem man når det igennem"
    ),
    Msg.CHECK_UNKNOWN_TOPIC: "ukendt emne '{topic}'",
    Msg.CHECK_NO_RENDERING: (
        "formuleringen mangler sin form på {language} (phrases.{language}.yaml)"
    ),
    Msg.CHECK_UNKNOWN_PHRASE: "der er ingen formulering med id '{id}' i phrases.yaml",
    Msg.CHECK_ONE_PER_LANGUAGE: "skal have præcis én tekst på sproget '{language}'",
    Msg.CHECK_TWELVE_MONTHS: "skal nævne årets tolv måneder",
    Msg.CHECK_ALIAS_CLASH: "stavemåden bruges allerede af '{other}'",
    Msg.CHECK_DUTY_NEEDS: "en pligt skal have law, basis og how_to_tell",
    Msg.CHECK_LAW_NEEDS_BASIS: (
        "et juridisk faktum skal have basis: statute, source, web og checked"
    ),
    Msg.CHECK_MATCHED_NEEDS_FITS: "note: matched kræver mindst ét tag i fits",
    Msg.CHECK_UNKNOWN_GROUP: "ukendt målgruppe '{id}' (se vocabulary.yaml)",
    Msg.CHECK_UNKNOWN_SERVICE: "ukendt ydelse '{id}' (se vocabulary.yaml)",
    Msg.CHECK_UNKNOWN_AREA: "ukendt landsdel eller område '{id}'",
    Msg.CHECK_UNKNOWN_PLACE: "ukendt sted '{name}'",
    Msg.CHECK_LIES_IN_NEEDS_UNSTATED: (
        "lies_in hører kun til et tilbud med coverage: unstated (ellers siger coverage det)"
    ),
    Msg.CHECK_LIES_IN_ELSEWHERE: "'{id}' er ikke landsdelen for tilbuddets steder ({where})",
    Msg.CHECK_UNKNOWN_REGION: "ukendt region '{id}'",
    Msg.CHECK_UNKNOWN_POINTER: "ukendt {kind}-id '{id}'",
    Msg.CHECK_REFLECTIONS: "en case skal have de seks spørgsmål i denne rækkefølge: {expected}",
    # Shared labels
    Msg.MONTH_1: "januar",
    Msg.MONTH_2: "februar",
    Msg.MONTH_3: "marts",
    Msg.MONTH_4: "april",
    Msg.MONTH_5: "maj",
    Msg.MONTH_6: "juni",
    Msg.MONTH_7: "juli",
    Msg.MONTH_8: "august",
    Msg.MONTH_9: "september",
    Msg.MONTH_10: "oktober",
    Msg.MONTH_11: "november",
    Msg.MONTH_12: "december",
    Msg.SOURCE_LINE: "Kilde: {publisher}{when} – »{section}«",
    Msg.TAG_UNDER_18: "under 18 år",
    Msg.TAG_18_29: "18–29 år",
    Msg.TAG_30_PLUS: "30 år og derover",
    Msg.TAG_UNKNOWN: "ukendt",
    Msg.TAG_WOMAN: "kvinde",
    Msg.TAG_MAN: "mand",
    Msg.TAG_TRANS: "transperson",
    Msg.TAG_NONBINARY: "nonbinær",
    Msg.TAG_DOMESTIC: "dansk statsborger",
    Msg.TAG_FOREIGN: "udenlandsk statsborger",
    Msg.TAG_PUBLIC: "offentlig ansat",
    Msg.TAG_PRIVATE: "privat organisation eller NGO",
    Msg.CONTACT_PHONE: "Tlf.",
    Msg.CONTACT_WEB: "Web",
    Msg.CONTACT_EMAIL: "E-mail",
    Msg.CONTACT_ADDRESS: "Adresse",
    Msg.CONTACT_AGE: "Oplyst {when} ({years} år siden)",
    Msg.CONTACT_CHECK_FIRST: "– tjek før brug",
    Msg.CONTACT_UNDATED: "Kilden er ikke dateret",
    Msg.CONTACT_SOURCE: "Kilde: {source}",
    Msg.CONTACT_LOCAL_SOURCE: "din lokale fil",
    Msg.COVERAGE_NATIONAL: "hele landet",
    Msg.COVERAGE_UNSTATED: "ikke oplyst i kilderne",
    Msg.COVERAGE_LIES_IN: "{coverage} (ligger i {where})",
    # phrases
    Msg.PHRASES_NONE: "Ingen formuleringer passer til det valgte.",
    Msg.PHRASES_FITS: "Passer til: {tags}",
    Msg.PHRASES_GENERAL: "alle",
    Msg.PHRASES_IN_OWN_LANGUAGE: "Dansk: {text}",
    # resources
    Msg.RESOURCES_NONE: "Ingen tilbud passer til det valgte.",
    Msg.RESOURCES_TITLE: "Tilbud",
    Msg.RESOURCES_TITLE_FOR: "Tilbud der dækker {place}",
    Msg.RESOURCES_TITLE_NATIONAL: "Landsdækkende tilbud",
    Msg.RESOURCES_CONTACT: "Kontakt:",
    Msg.RESOURCES_OFFERS: "Tilbyder: {offers}",
    Msg.RESOURCES_COVERS: "Dækker: {coverage}",
    Msg.RESOURCES_NO_CONTACT: (
        "Ingen kontaktdata fundet i offentlige kilder. Spørg Social- og Boligstyrelsen, "
        "der udgiver samtaleguiden (se tilbuddet til fagpersoner)."
    ),
    Msg.RESOURCES_REACH_VIA: "Nås gennem {name}: {note}",
    Msg.RESOURCES_LOCAL: "Lokalt tilbud – kontrolleret {when} af {who}",
    # resources export/import (the coordinator's spreadsheet)
    Msg.HELP_RESOURCES_FORMAT: "Filformat for --stale: text (standard) eller csv (til regneark).",
    Msg.HELP_RESOURCES_EXPORT: (
        "Skriv hele tilbudsoversigten (indbyggede og lokale tilbud) som regneark, én række "
        "pr. kontaktpunkt."
    ),
    Msg.HELP_RESOURCES_EXPORT_FORMAT: "csv (standard) eller xlsx.",
    Msg.HELP_RESOURCES_EXPORT_OUTPUT: "Filen, der skal skrives; den må ikke findes i forvejen.",
    Msg.HELP_RESOURCES_IMPORT: (
        "Læs et regneark fra 'resources export' tilbage. Ændrede og nye tilbud skrives i den "
        "lokale tilbudsfil, men kun hvis alle rækker er i orden."
    ),
    Msg.HELP_RESOURCES_IMPORT_FILE: "Regnearket: .csv eller .xlsx.",
    Msg.RESOURCES_FORMAT_NEEDS_STALE: (
        "--format csv hører til --stale; hele oversigten: 'samtale resources export'."
    ),
    Msg.RESOURCES_EXPORT_DONE: "{count} rækker skrevet til {path}.",
    Msg.RESOURCES_IMPORT_PROBLEM: "{path}: række {row}, kolonne {column}: {message}",
    Msg.RESOURCES_IMPORT_FAILED: "{count} fejl i {path}; intet blev skrevet.",
    Msg.RESOURCES_IMPORT_NOTHING: "Regnearket ændrer intet; den lokale tilbudsfil er uændret.",
    Msg.RESOURCES_IMPORT_DONE: (
        "{updated} tilbud opdateret og {added} tilføjet i den lokale tilbudsfil {path}."
    ),
    Msg.RESOURCES_IMPORT_OTHER_COUNTRY: (
        "Den lokale tilbudsfil {path} er for et andet land ({country}); intet blev skrevet."
    ),
    Msg.SHEET_TOO_BIG: "Filen er større end {limit} MB.",
    Msg.SHEET_TOO_MANY_ROWS: "Filen har mere end {limit} rækker.",
    Msg.SHEET_NOT_UTF8: "CSV-filen er ikke UTF-8; gem den som 'CSV UTF-8'.",
    Msg.SHEET_NOT_XLSX: "Filen kan ikke læses som et XLSX-regneark.",
    Msg.SHEET_MISSING_COLUMN: "kolonnen mangler i overskriftsrækken",
    Msg.SHEET_NEEDS_WHO: (
        "et ændret eller nyt tilbud skal have navnet på den, der kontrollerede det"
    ),
    Msg.SHEET_BAD_ID: "'{value}' er ikke et id (små bogstaver, tal og _)",
    Msg.SHEET_EMPTY: "må ikke være tom",
    Msg.SHEET_BAD_KIND: "'{value}' er ikke en kontaktform ({kinds})",
    Msg.SHEET_KIND_AND_VALUE: "kind og value udfyldes begge eller ingen af dem",
    Msg.SHEET_BAD_SOURCE: (
        "'{value}' er ikke en kilde i data på formen 'id: afsnit'; lad feltet stå tomt, så "
        "står verified_by inde for oplysningen"
    ),
    Msg.SHEET_AS_OF_TOO_NEW: (
        "datoen er nyere end kilden ({when}); tøm source, når du selv har kontrolleret den"
    ),
    Msg.SHEET_FUTURE: "datoen {when} ligger efter i dag",
    Msg.SHEET_DISAGREES: "afviger fra række {row} for samme tilbud",
    Msg.SHEET_NEW_DESCRIPTION: "Tilbud tilføjet fra organisationens regneark.",
    Msg.RESOURCES_STALE_TITLE: "Kontaktdata ældre end {months} måneder eller udaterede",
    Msg.RESOURCES_STALE_NONE: "Ingen kontaktdata er ældre end {months} måneder eller udaterede.",
    # signs
    Msg.SIGNS_REMINDER: (
        "Tegn er grunde til at spørge – ikke konklusioner. Hvert tegn kan også have helt "
        "andre forklaringer."
    ),
    Msg.SIGNS_TITLE_SIGN: "Mulige tegn",
    Msg.SIGNS_TITLE_CONSEQUENCE: "Mulige følgevirkninger",
    Msg.SIGNS_TITLE_INDICATION: "Flere mulige indikationer",
    Msg.SIGNS_OTHER: "Kan også betyde: {text}",
    # facts
    Msg.FACTS_TITLE_LAW: "Lovgivning",
    Msg.FACTS_TITLE_STATS: "Tal",
    Msg.FACTS_TITLE_TERMS: "Begreber",
    Msg.FACTS_H_SOURCES: "Kilder",
    Msg.FACTS_H_LAW: "Lovgrundlag",
    Msg.FACTS_USED_BY: "Bruges af: {items}",
    Msg.DATE_UNDATED: "udateret",
    Msg.DATE_DAY: "{day}. {month} {year}",
    Msg.QUOTE: "»{text}«",
    Msg.LAW_BASIS: "{statute}; {in_force}; kontrolleret {checked} mod {source} ({web})",
    Msg.LAW_IN_FORCE: "gældende pr. {date}",
    Msg.LAW_IN_FORCE_UNKNOWN: "ikrafttræden ikke bekræftet",
    Msg.LAW_UNCONFIRMED: "Ikke bekræftet: {text}",
    # Privacy
    Msg.PRIVACY_CPR_FOUND: (
        "Teksten ser ud til at indeholde et CPR-nummer. Det må aldrig stå i en "
        "forberedelsesnote – brug initialer eller et pseudonym, og fjern nummeret."
    ),
    Msg.PRIVACY_PERSONNUMMER_FOUND: (
        "Teksten ser ud til at indeholde et svensk personnummer. Det må aldrig stå i en "
        "forberedelsesnote – fjern nummeret."
    ),
    Msg.PRIVACY_NOT_SHOWN: "vises ikke – ligner et CPR-nummer eller personnummer",
    Msg.PRIVACY_PHONE_HINT: (
        "Er det et telefonnummer, så skriv tlf. foran det, fx tlf. 12 34 56 78 "
        "eller tlf. 070-123 45 67."
    ),
    Msg.STORAGE_CLOUD: (
        "Noten gemmes ikke: {folder} ligger i en mappe, der synkroniseres til skyen "
        "('{part}'). Sæt SAMTALE_HOME til en lokal mappe, eller brug --stdout."
    ),
    Msg.STORAGE_WORK_TREE: (
        "Noten gemmes ikke: {folder} ligger i et {tool}-arbejdstræ ({repo}), hvor den kan blive "
        "delt. Sæt SAMTALE_HOME til en anden mappe, eller brug --stdout."
    ),
    Msg.STORAGE_CLOUD_OUTPUT: (
        "Filen gemmes ikke: {folder} synkroniseres til skyen ('{part}'). Giv --output en sti "
        "uden for den mappe, fx i din hjemmemappe."
    ),
    Msg.STORAGE_WORK_TREE_OUTPUT: (
        "Filen gemmes ikke: {folder} ligger i et {tool}-arbejdstræ ({repo}), hvor den kan blive "
        "delt. Giv --output en sti uden for den mappe, fx i din hjemmemappe."
    ),
    Msg.STORAGE_NO_FREE_NAME: "Kunne ikke finde et ledigt filnavn i {folder}.",
    Msg.STORAGE_NO_FOLDER: "Mappen {folder} findes ikke.",
    Msg.STORAGE_EXISTS: "{path} findes allerede; vælg et andet navn (intet blev overskrevet).",
    Msg.STORAGE_BAD_DRAFT: "Kladden {path} kan ikke læses. Slet den, og start forfra.",
    Msg.DRAFTS_STARTING_AFRESH: (
        "{problem} Her begynder spørgsmålene forfra, og kladden erstattes ved første svar."
    ),
    # Answers files
    Msg.DRAFTS_BAD_ID: "'{id}' er ikke id'et på en kladde.",
    Msg.DRAFTS_UNKNOWN: "Der er ingen kladde med id '{id}'.",
    Msg.ANSWERS_NOT_MAPPING: "{origin}: svarene skal være en YAML-tabel med felter som citizen.",
    Msg.ANSWERS_UNKNOWN_KEY: "ukendt felt '{key}'. Gyldige felter: {valid}.",
    Msg.ANSWERS_MISSING_KEY: "feltet '{key}' mangler.",
    Msg.ANSWERS_MORE_PROBLEMS: (
        "{origin}: {count} fejl mere er ikke vist; ret de viste, og kør igen."
    ),
    Msg.ANSWERS_BAD_VALUE: "feltet '{key}' er ugyldigt: {problem}.",
    Msg.ANSWERS_PROBLEM_STRING_TOO_SHORT: "det må ikke være tomt",
    Msg.ANSWERS_PROBLEM_STRING_TOO_LONG: "det er for langt (initialer eller et kort pseudonym)",
    Msg.ANSWERS_PROBLEM_STRING_TYPE: "der skal stå en tekst",
    Msg.TEXT_TOO_LONG: "teksten er for lang: højst {limit} tegn",
    Msg.ANSWERS_PROBLEM_LIST_TYPE: "der skal stå en liste, fx [a, b]",
    Msg.ANSWERS_PROBLEM_DICT_TYPE: "der skal stå en tabel af id: tekst",
    Msg.ANSWERS_PROBLEM_ENUM: "gyldige værdier: {expected}",
    Msg.ANSWERS_PROBLEM_DATE: "skriv en dato som 2026-12-01",
    # prep
    Msg.HELP_PREP: "Forbered en samtale: spørgeskema → samtaleplan → privat note.",
    Msg.HELP_PREP_ANSWERS: "Læs svarene fra en YAML-fil (- er standard-input) frem for at spørge.",
    Msg.HELP_PREP_STDOUT: "Skriv noten på skærmen i stedet for at gemme den.",
    Msg.HELP_PREP_RESUME: (
        "Fortsæt en kladde: den eneste, den med id'et KLADDE, eller vælg fra en liste."
    ),
    Msg.HELP_PREP_DRAFT_METAVAR: "[KLADDE]",
    Msg.HELP_CONFIG_KEY_METAVAR: "NØGLE",
    Msg.HELP_CONFIG_VALUE_METAVAR: "VÆRDI",
    Msg.HELP_RESOURCES_MONTHS_METAVAR: "MÅNEDER",
    Msg.HELP_PRACTICE_CASE_METAVAR: "CASE",
    Msg.HELP_PREP_DRAFT: "Id'et på kladden, der skal fortsættes (se 'samtale notes list').",
    Msg.HELP_PREP_TEMPLATE: (
        "Skriv en svarfil med alle felter og gyldige id'er at udfylde (> answers.yaml)."
    ),
    Msg.TEMPLATE_HEAD: (
        "Svar til 'samtale prep --answers FIL'. Udfyld det, du ved; resten kan blive."
    ),
    Msg.TEMPLATE_IDS: (
        "Alle gyldige id'er med forklaring: 'samtale ids'. Skriv aldrig navn eller CPR-nummer."
    ),
    Msg.TEMPLATE_TEXT: "fri tekst",
    Msg.TEMPLATE_VALID_BELOW: "– gyldige id'er herunder",
    Msg.TEMPLATE_SEE_IDS: "(se 'samtale ids {kind}')",
    Msg.TEMPLATE_ROLE: "din rolle, fx bostøttemedarbejder",
    Msg.TEMPLATE_CITIZEN: "skal udfyldes: initialer eller et pseudonym",
    Msg.TEMPLATE_REGION: "landsdel, region, kommune eller by",
    Msg.TEMPLATE_SIGNS: 'tegn-id: det, du har set, fx lonely_busy_phone: "…"',
    Msg.TEMPLATE_CONTEXTS: "liste, fx [substance_use, homelessness]",
    Msg.TEMPLATE_OTHER_EXPLANATIONS: "andre mulige forklaringer på det, du har set",
    Msg.TEMPLATE_TOPICS: "samtalens faser (standard: alle seks)",
    Msg.PREP_ANSWERS_OR_RESUME: "Brug enten --answers eller --resume, ikke begge.",
    Msg.PREP_YOUR_ANSWERS: "dine svar",
    Msg.PREP_STDIN: "standard-input",
    Msg.PREP_CANNOT_READ: "Kan ikke læse svarfilen {path}: {reason}.",
    Msg.PREP_BAD_YAML: "{path}{line}: svarfilen er ikke gyldig YAML.",
    Msg.PREP_ANSWERS_TOO_BIG: "Svarfilen {path} er for stor: en svarfil er højst {limit} KiB.",
    Msg.PREP_NOT_UTF8: "{path}{line}: svarfilen er ikke gemt som UTF-8. Gem den som UTF-8.",
    Msg.PREP_TOO_DEEP: "{path}{line}: svarfilen er indlejret dybere end {limit} niveauer.",
    Msg.PREP_NO_DRAFT: "Der er ingen kladde at fortsætte fra. Start med 'samtale prep'.",
    Msg.PREP_NEEDS_TERMINAL: (
        "'samtale prep' stiller spørgsmål og kræver en terminal. "
        "Brug 'samtale prep --answers FIL' i scripts."
    ),
    Msg.PREP_WELCOME: (
        "Forberedelse af en samtale. Skriv kun det, du har brug for – aldrig navn eller "
        "CPR-nummer. Ctrl-C afbryder; dine svar gemmes da som kladde."
    ),
    Msg.PREP_SAVED: "Noten er gemt privat: {path}",
    Msg.PREP_NEXT: (
        "Notens id: {id}\n"
        "  Kortet til bordet:  samtale notes show {id} --card\n"
        "  Til print:          samtale notes export {id} --output {id}.html\n"
        "  Efter mødet:        samtale notes followup {id}"
    ),
    Msg.PREP_INTERRUPTED_PICKING: (
        "Afbrudt. Ingen kladde er ændret; alle er gemt. Fortsæt med: samtale prep --resume"
    ),
    Msg.PREP_DISCARDED: "Svarene er kasseret, og kladden er slettet. Intet er gemt.",
    Msg.PREP_KEPT: "Dine svar er gemt som privat kladde. Fortsæt med: {command}",
    Msg.PREP_INTERRUPTED_DRAFT: (
        "Afbrudt. Dine svar er gemt som privat kladde. Fortsæt med: {command}"
    ),
    Msg.PREP_INTERRUPTED_NO_DRAFT: "Afbrudt. Kladden blev ikke gemt: {reason}",
    Msg.PREP_SAVE_FAILED: (
        "Noten blev ikke gemt: {reason}. Dine svar er gemt i kladden; "
        "ret det, og fortsæt med: {command}"
    ),
    Msg.PREP_SAVE_FAILED_NO_DRAFT: (
        "Noten blev ikke gemt: {reason}. Kladden kunne heller ikke gemmes."
    ),
    Msg.PREP_SAVE_FAILED_FILE: (
        "Noten blev ikke gemt: {reason}. Svarene står uændret i {path} – kør kommandoen "
        "igen, når det er rettet."
    ),
    Msg.PREP_PICK_DRAFT: "Hvilken kladde vil du fortsætte?",
    Msg.PREP_DRAFT_LINE: "{date} · {citizen} · {place} · {done} af {total} svar",
    Msg.PREP_FIX_IN_DRAFT: "{problem} Dine svar er gemt i kladden – ret svaret med: {command}",
    Msg.PREP_PRINTED_DRAFT_KEPT: (
        "Noten er kun skrevet på skærmen; kladden er beholdt. Gem noten med '{command}', "
        "eller slet kladden med 'samtale notes delete {id}'."
    ),
    Msg.PREP_SO_FAR: "Det har du svaret indtil nu:",
    Msg.PREP_REMEMBER_ROLE: "Skal '{role}' være din rolle som standard næste gang?",
    Msg.PREP_ROLE_REMEMBERED: "Du kan altid rette den med 'samtale config set role …'.",
    Msg.STORAGE_REASON: "{reason} ({folder})",
    # Questions
    Msg.Q_ROLE: "Din rolle (fx bostøttemedarbejder):",
    Msg.Q_CITIZEN: "Initialer eller pseudonym for borgeren (aldrig navn eller CPR-nummer):",
    Msg.Q_CITIZEN_REQUIRED: "Skriv initialer eller et pseudonym.",
    Msg.Q_CITIZEN_TOO_LONG: "Højst 40 tegn – initialer eller et kort pseudonym er nok.",
    Msg.Q_AGE_GROUP: "Alder:",
    Msg.Q_GENDER: "Køn:",
    Msg.Q_NATIONALITY: "Nationalitet:",
    Msg.Q_REGION: "Hvor bor personen? (landsdel, region, kommune eller by – Enter springer over)",
    Msg.Q_REGION_UNKNOWN_NEAR: "Kender ikke stedet '{value}'{hint}",
    Msg.Q_REGION_UNKNOWN: "Kender ikke stedet – prøv en kommune, en by eller en landsdel.",
    Msg.Q_SIGNS: "Hvad har du lagt mærke til? (tegn kan også betyde andet)",
    Msg.Q_SIGN_TEXT: "{sign} – hvad så eller hørte du? (dine egne ord, Enter springer over)",
    Msg.Q_CONTEXTS: "Hvad ved du ellers om personens situation?",
    Msg.Q_OTHER_EXPLANATIONS: "Hvilke andre forklaringer kan der være på det, du har set?",
    Msg.Q_TOPICS: "Hvilke dele af samtalen vil du forberede?",
    Msg.Q_CONVERSATION_LANGUAGE: "Hvilket sprog foregår samtalen på?",
    Msg.Q_CONVERSATION_LANGUAGE_EN: "engelsk (formuleringerne på engelsk, med dansk under)",
    Msg.Q_CONVERSATION_LANGUAGE_INTERPRETER: "et andet sprog, gennem en professionel tolk",
    Msg.Q_SUMMARY_WITH_INTERPRETER: ", med tolk",
    Msg.Q_REVIEW: "Hvad vil du gøre?",
    Msg.Q_REVIEW_SAVE: "Lav noten og gem den",
    Msg.Q_REVIEW_CHANGE: "Ret et svar",
    Msg.Q_REVIEW_KEEP: "Gem som kladde og stop (fortsæt senere)",
    Msg.Q_REVIEW_DISCARD: "Kassér svarene",
    Msg.Q_CHANGE: "Hvilket svar vil du rette?",
    Msg.Q_DISCARD_SURE: "Kassér alle svarene? Det kan ikke fortrydes.",
    Msg.Q_YES: "Ja",
    Msg.Q_NO: "Nej",
    Msg.Q_YES_KEYS: "jJyY",
    Msg.Q_NO_KEYS: "nN",
    Msg.Q_CONFIRM_YES: "(Enter/j = ja, n = nej)",
    Msg.Q_CONFIRM_NO: "(j = ja, Enter/n = nej)",
    Msg.Q_SELECT_HELP: "(piletaster og Enter)",
    Msg.Q_CHECKBOX_HELP: "(mellemrum vælger, Enter går videre)",
    Msg.Q_CHECKED_NONE: "intet valgt",
    Msg.Q_CHECKED_COUNT: "{count} valgt",
    Msg.Q_SUMMARY_TITLE: "\nDine svar",
    Msg.Q_SUMMARY_LINE: "  {number}. {name}: {value}",
    Msg.Q_SUMMARY_ITEM: "\n       – {label}{said}",
    Msg.Q_SUMMARY_SAID: ": »{text}«",
    Msg.Q_SUMMARY_NONE: "intet",
    Msg.Q_NAME_ROLE: "Din rolle",
    Msg.Q_NAME_CITIZEN: "Pseudonym",
    Msg.Q_NAME_AGE_GROUP: "Alder",
    Msg.Q_NAME_GENDER: "Køn",
    Msg.Q_NAME_NATIONALITY: "Nationalitet",
    Msg.Q_NAME_REGION: "Sted",
    Msg.Q_NAME_SIGNS: "Det, du har lagt mærke til",
    Msg.Q_NAME_CONTEXTS: "Situation",
    Msg.Q_NAME_OTHER_EXPLANATIONS: "Andre forklaringer",
    Msg.Q_NAME_TOPICS: "Dele af samtalen",
    Msg.Q_NAME_CONVERSATION_LANGUAGE: "Samtalens sprog",
    # The note
    Msg.CARD_TITLE: "Samtalekort",
    Msg.CARD_INTRO: "Til bordet under mødet.",
    Msg.CARD_DUTY_FIRST: "Først – fortæl om din pligt, {law}:",
    Msg.CARD_DUTY: "Din pligt, {law}:",
    Msg.CARD_OPENER: "Åbn med:",
    Msg.CARD_OPENER_PERMISSION: "Spørg først, om det er i orden:",
    Msg.CARD_QUESTIONS: "Spørgsmål, fase for fase",
    Msg.CARD_REFERRALS: "Henvis til",
    Msg.CARD_AGREED: "Det aftalte",
    Msg.CARD_BLANK_AGREED: "Vi aftalte:",
    Msg.CARD_BLANK_REFERRED: "Henvist til:",
    Msg.CARD_BLANK_NEXT_CONTACT: "Næste kontakt (dato):",
    Msg.CARD_BLANK_SAFE_CONTACT: "Sikker måde at kontakte personen på:",
    Msg.NOTE_TITLE: "Forberedelse af samtale med {citizen}",
    Msg.NOTE_DATE: "Dato",
    Msg.NOTE_ROLE: "Min rolle",
    Msg.NOTE_AGE_GROUP: "Alder",
    Msg.NOTE_AREA: "Område",
    Msg.NOTE_NOT_GIVEN: "ikke angivet",
    Msg.NOTE_LANGUAGE: "Samtalens sprog",
    Msg.NOTE_INTERPRETER: "Tolk",
    Msg.NOTE_INTERPRETER_YES: "ja, en professionel tolk deltager",
    Msg.LANGUAGE_DA: "dansk",
    Msg.LANGUAGE_SV: "svensk",
    Msg.LANGUAGE_EN: "engelsk",
    Msg.NOTE_BANNER: (
        "**Privat forberedelsesnote – ikke en journal.** Slet den, når samtalen er holdt. "
        "Det, der har betydning for sagen, skal i journalen (notatpligt)."
    ),
    Msg.NOTE_H_OBSERVATIONS: "Observationer",
    Msg.NOTE_OBSERVATIONS_INTRO: (
        "Det, du har lagt mærke til, er grunde til at spørge – ikke konklusioner."
    ),
    Msg.NOTE_NO_OBSERVATIONS: "Ingen tegn valgt.",
    Msg.NOTE_H_OTHER_EXPLANATIONS: "Andre mulige forklaringer",
    Msg.NOTE_FILL_IN: "Skriv her, hvad det ellers kan skyldes.",
    Msg.NOTE_H_CHECKLIST: "Forberedelse og pligter",
    Msg.NOTE_HOW_TO_TELL: "Sådan kan du sige det til personen",
    Msg.NOTE_H_CONVERSATION: "Samtaleplan",
    Msg.NOTE_CONVERSATION_IN: "Sig det på {language}; den danske tekst står under.",
    Msg.NOTE_H_REFERRALS: "Henvisningsmuligheder",
    Msg.NOTE_NO_REFERRALS: "Ingen tilbud i kilderne passer til området og situationen.",
    Msg.NOTE_HANDOUT: (
        "Til personen: `{command}` giver én side om hjælpen i området og intet om personen "
        "(`--discreet` skjuler emnet)."
    ),
    Msg.NOTE_H_FOR_YOU: "Til dig som fagperson",
    Msg.NOTE_CONTACT: "{label}: {value}{note} (oplyst {when}{years})",
    Msg.NOTE_CONTACT_BARE: "{label}: {value}{note}",
    Msg.NOTE_CONTACT_UNDATED: "{label}: {value}{note} (kilden er ikke dateret)",
    Msg.CARD_REACH_VIA: "nås gennem {name} – {contact}",
    Msg.NOTE_REACH_VIA: "Nås gennem {name}: {note} – {contact}",
    Msg.NOTE_CONTACT_DOUBTFUL: "– gammel oplysning, tjek før brug",
    Msg.NOTE_YEARS_OLD: ", {years} år siden",
    Msg.NOTE_H_FACTS: "Fakta at have ved hånden",
    Msg.NOTE_H_FOLLOW_UP: "Opfølgning",
    Msg.NOTE_FOLLOW_UP_ON_CARD: ("Det aftalte og næste kontakt: skriv det på kortet."),
    Msg.NOTE_FOLLOW_UP_CONSENT_TO_SHARE: "Det må jeg dele, og med hvem (personens eget ja):",
    Msg.NOTE_FOLLOW_UP_CASE_RECORD: "Det skal i journalen (notatpligt):",
    Msg.NOTE_H_SOURCES: "Kilder",
    Msg.NOTE_REFERRALS_ON_CARD: "På kortet: {names}.",
    Msg.NOTE_REFERRALS_MORE: "Flere, der passer: {names}.",
    Msg.NOTE_FACTS_ELSEWHERE: "Fakta om lov, tal og begreber: `{command}`.",
    Msg.NOTE_QUESTIONS_ON_CARD: "Spørgsmålene til hver fase står på kortet.",
    Msg.NOTE_LOCAL_SHORT: "lokalt tilbud",
    Msg.NOTE_NO_CONTACT: "ingen kontaktdata i kilderne; spørg Social- og Boligstyrelsen",
    Msg.NOTE_MORE_EXPLANATIONS: "Andre mulige forklaringer på {count} af tegnene: `{command}`.",
    Msg.NOTE_ALSO_CHOSEN: "Også valgt, uden egne ord: {signs}",
    Msg.NOTE_CONVERSATION_CARD: "Efter kortets spørgsmål, i hver fase:",
    Msg.NOTE_MORE_STEPS: (
        "{count} trin mere passer til situationen, men er udeladt for at holde noten kort; "
        "de vigtigste står øverst."
    ),
    Msg.NOTE_MORE: "Alt, der er udeladt her: `{facts}`, `{phrases}`, `{signs}`, `{resources}`.",
    Msg.SOURCES_LAW: "{source} ({web})",
    Msg.SOURCES_LOCAL: "Din lokale tilbudsfil: {offers}",
    Msg.SOURCES_LOCAL_OFFER: "{name}, kontrolleret {when} af {who}",
    Msg.SOURCES_LAW_CHECKED: "Lovgrundlaget {marks} er kontrolleret {checked}.",
    Msg.SOURCES_LAW_ALL_OPEN: (
        "Lovgrundlaget {marks} er kontrolleret {checked}; noget er ikke bekræftet: se `{command}`."
    ),
    Msg.SOURCES_LAW_OPEN: "Ikke bekræftet for {marks}: se `{command}`.",
    # after the meeting: follow-ups and the journal text
    Msg.FOLLOWUP_HEADING: "Efter mødet: {when}",
    Msg.FOLLOWUP_L_OUTCOME: "Kontakt",
    Msg.FOLLOWUP_L_TOPICS: "Talt om",
    Msg.FOLLOWUP_L_AGREED: "Aftalt",
    Msg.FOLLOWUP_L_REFERRALS: "Henvist til",
    Msg.FOLLOWUP_L_CONSENT: "Samtykke til at dele",
    Msg.FOLLOWUP_L_SAFE_CONTACT: "Sikker måde at kontakte personen på",
    Msg.FOLLOWUP_L_NOTIFIED: "Underretning",
    Msg.FOLLOWUP_L_NEXT_CONTACT: "Næste kontakt",
    Msg.FOLLOWUP_OUTCOME_HELD: "samtalen blev holdt",
    Msg.FOLLOWUP_OUTCOME_POSTPONED: "samtalen blev udsat",
    Msg.FOLLOWUP_OUTCOME_DECLINED: "personen sagde nej til samtalen",
    Msg.FOLLOWUP_FORM_IN_PERSON: "personligt møde",
    Msg.FOLLOWUP_FORM_PHONE: "telefon",
    Msg.FOLLOWUP_FORM_VIDEO: "video",
    Msg.FOLLOWUP_FORM_WRITTEN: "skriftligt (sms, mail eller brev)",
    Msg.FOLLOWUP_NONE: "intet angivet",
    Msg.FOLLOWUP_NO_CONSENT: "intet samtykke givet",
    Msg.FOLLOWUP_NOT_NOTIFIED: "ingen",
    Msg.FOLLOWUP_NOTIFIED_ON: "lavet {when}",
    Msg.FOLLOWUP_NO_NEXT: "ingen aftalt",
    Msg.FOLLOWUP_NONE_YET: (
        "Noten har ingen opfølgning endnu. Tilføj en med 'samtale notes followup ID'."
    ),
    Msg.FQ_OUTCOME: "Blev samtalen holdt?",
    Msg.FQ_CONTACT_FORM: "Hvordan var I i kontakt?",
    Msg.FQ_CONTACT_DATE: "Hvornår (dato, ÅÅÅÅ-MM-DD)?",
    Msg.FQ_TOPICS: "Hvad talte I om? (kort, adskil med komma; ingen navne)",
    Msg.FQ_AGREED: "Hvad aftalte I?",
    Msg.FQ_REFERRALS: "Hvilke tilbud henviste du til?",
    Msg.FQ_OTHER: "Andet",
    Msg.FQ_REFERRALS_OTHER: "Hvilke andre (adskil med komma)?",
    Msg.FQ_CONSENT: "Gav personen samtykke til, at du deler oplysninger?",
    Msg.FQ_CONSENT_WITH: "Hvad må du dele, og med hvem?",
    Msg.FQ_SAFE_CONTACT: "Hvordan kan du kontakte personen sikkert (fx kun sms, ikke om aftenen)?",
    Msg.FQ_NOTIFIED: "Har du lavet en underretning?",
    Msg.FQ_NOTIFIED_WHEN: "Hvornår (ÅÅÅÅ-MM-DD)?",
    Msg.FQ_NEXT_CONTACT: "Næste kontakt (ÅÅÅÅ-MM-DD, tom hvis ingen er aftalt):",
    Msg.FQ_BAD_DATE: "Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-12-01.",
    Msg.FQ_REQUIRED: "Skriv et svar.",
    Msg.FQ_CONFIRM: "Tilføj opfølgningen til noten?",
    Msg.FOLLOWUP_SAVED: (
        "Opfølgningen er tilføjet noten {id}. Journalteksten: samtale notes journal {id}"
    ),
    Msg.FOLLOWUP_NEEDS_TERMINAL: (
        "Spørgsmålene kræver en terminal. Brug --answers FIL (se README) uden en terminal."
    ),
    Msg.FOLLOWUP_NOT_SAVED: "Intet er gemt.",
    Msg.FOLLOWUP_SAVE_FAILED: (
        "Opfølgningen blev ikke gemt: {reason}. Dine svar er gemt i en privat kladde; fortsæt, "
        "når det er rettet, med: {command}"
    ),
    Msg.FOLLOWUP_SAVE_FAILED_NO_DRAFT: (
        "Opfølgningen blev ikke gemt: {reason}. Kladden kunne heller ikke gemmes."
    ),
    Msg.FOLLOWUP_SAVE_FAILED_FILE: (
        "Opfølgningen blev ikke gemt: {reason}. Svarene står uændret i {path} – kør kommandoen "
        "igen, når det er rettet."
    ),
    Msg.FOLLOWUP_NO_DRAFT: (
        "Der er ingen kladde til en opfølgning på {id}. Start med 'samtale notes followup {id}'."
    ),
    Msg.FOLLOWUP_CONTINUING: (
        "Du fortsætter en opfølgning, der ikke blev gemt. Tryk Enter for at beholde et svar."
    ),
    Msg.EXPORT_TITLE: "Samtalekort og forberedelse",
    Msg.EXPORT_SAVED: "Gemt: {path}",
    Msg.EXPORT_NOT_ENCRYPTED: (
        "Filen er ikke krypteret, selv om noten er. Slet den, når du har printet den."
    ),
    Msg.JOURNAL_TITLE: "Kontakt {when}",
    Msg.JOURNAL_CONTACT: "Kontaktform: {form}. Forløb: {outcome}.",
    Msg.JOURNAL_TOPICS: "Emner: {topics}",
    Msg.JOURNAL_AGREED: "Aftaler: {agreed}",
    Msg.JOURNAL_REFERRALS: "Henvisninger: {referrals}",
    Msg.JOURNAL_CONSENT: "Samtykke til videregivelse: {consent}",
    Msg.JOURNAL_NOTIFIED: "Underretning: {notified}",
    Msg.JOURNAL_NEXT: "Næste skridt: {next}",
    Msg.JOURNAL_NONE: "ingen",
    Msg.JOURNAL_NO_CONSENT: "ikke givet",
    Msg.JOURNAL_NOT_NOTIFIED: "ingen foretaget",
    Msg.JOURNAL_NOTIFIED_ON: "foretaget {when}",
    Msg.JOURNAL_NO_NEXT: "ingen ny kontakt aftalt",
    Msg.JOURNAL_NEXT_ON: "ny kontakt {when}",
    Msg.PREP_OLD_NOTES: (
        "{count} noter er ældre end {days} dage. Slet dem med 'samtale notes purge'."
    ),
    Msg.PREP_OLD_NOTES_ONE: "1 note er ældre end {days} dage. Slet den med 'samtale notes purge'.",
    # notes
    Msg.HELP_NOTES: "Dine private forberedelsesnoter: vis, læs, slet og ryd op.",
    Msg.HELP_NOTES_LIST: "Vis noterne, nyeste først.",
    Msg.HELP_NOTES_SHOW: "Læs en note.",
    Msg.HELP_NOTES_DELETE: "Slet en note.",
    Msg.HELP_NOTES_PURGE: (
        "Slet noter, kladder og øvelsessvar, der er ældre end opbevaringsperioden."
    ),
    Msg.HELP_NOTES_ENCRYPT: (
        "Kryptér de noter, kladder og øvelsessvar, der stadig ligger ukrypteret."
    ),
    Msg.HELP_NOTES_ID: "Notens id fra 'samtale notes list' (eller dets første tegn).",
    Msg.HELP_NOTES_RAW: "Skriv noten som markdown i stedet for at formatere den.",
    Msg.HELP_NOTES_CARD: "Vis kun samtalekortet: den ene side til bordet.",
    Msg.HELP_NOTES_DUE: "Kun noter med næste kontakt inden for 7 dage eller overskredet.",
    Msg.HELP_NOTES_FOLLOWUP: "Efter mødet: tilføj, hvad der skete og blev aftalt (dateret afsnit).",
    Msg.HELP_NOTES_FOLLOWUP_ANSWERS: "Læs svarene fra en YAML-fil i stedet for at spørge.",
    Msg.HELP_NOTES_FOLLOWUP_RESUME: (
        "Fortsæt en opfølgning, der ikke blev gemt (det sker også uden)."
    ),
    Msg.HELP_NOTES_JOURNAL: "Skriv den korte, faktuelle tekst til journalen om seneste opfølgning.",
    Msg.HELP_NOTES_EXPORT: "Noten som en side til print (html) eller som markdown (md).",
    Msg.HELP_NOTES_FORMAT: "html (en side til print, kortet på første side) eller md.",
    Msg.HELP_NOTES_OUTPUT: "Gem i en ny fil i stedet for at skrive til skærmen.",
    Msg.HELP_NOTES_YES: "Spring bekræftelsen over.",
    Msg.HELP_NOTES_OLDER_THAN: (
        "Slet det, der er ældre end dette, fx 30d eller 2w (standard: opbevaringsperioden)."
    ),
    Msg.NOTES_NONE: "Ingen noter i {folder}.",
    Msg.NOTES_NONE_DUE: "Ingen noter har en opfølgning inden for 7 dage eller overskredet.",
    Msg.NOTES_DUE_MARK: "! {when}",
    Msg.NOTES_FOLLOW_UP_AHEAD: (
        "{count} noter har en aftalt kontakt, der ikke er kommet endnu, og slettes ikke "
        "uden at spørge: {ids}"
    ),
    Msg.NOTES_FOLLOW_UP_AHEAD_ONE: (
        "1 note har en aftalt kontakt, der ikke er kommet endnu, og slettes ikke uden at "
        "spørge: {ids}"
    ),
    Msg.NOTES_CONFIRM_PURGE_AHEAD: "Slet også dem?",
    Msg.NOTES_TITLE: "Noter i {folder}",
    Msg.NOTES_COL_ID: "id",
    Msg.NOTES_COL_DATE: "Dato",
    Msg.NOTES_COL_CITIZEN: "Pseudonym",
    Msg.NOTES_COL_REGION: "Område",
    Msg.NOTES_COL_AGE_GROUP: "Alder",
    Msg.NOTES_COL_SIZE: "Størrelse",
    Msg.NOTES_COL_NEXT_CONTACT: "Næste kontakt",
    Msg.NOTES_UNREADABLE: "(kan ikke læses: {reason})",
    Msg.NOTES_NOT_TEXT: "filen er ikke en note i UTF-8",
    Msg.NOTES_CANNOT_OPEN: "Noten {id} kan ikke åbnes: {reason}",
    Msg.NOTES_UNKNOWN_ID: "Ingen note har id '{id}'. Se id'erne med 'samtale notes list'.",
    Msg.NOTES_AMBIGUOUS_ID: "'{id}' passer på flere noter ({ids}) – skriv flere tegn af id'et.",
    Msg.NOTES_NO_CARD: (
        "Noten er lavet, før noter fik et samtalekort. Lav en ny med 'samtale prep'."
    ),
    Msg.NOTES_BAD_DURATION: "Ugyldig alder '{value}'. Skriv fx 30d (dage) eller 2w (uger).",
    Msg.NOTES_RECORD_REMINDER: (
        "Husk: det, der har betydning for sagen, hører hjemme i journalen (notatpligt) – "
        "samtale gemmer det ikke for dig."
    ),
    Msg.NOTES_CONFIRM_DELETE: "Slet noten {id} fra {date}?",
    Msg.NOTES_CONFIRM_DELETE_DRAFT: "Slet kladden {id}? Svarene i den kan ikke hentes igen.",
    Msg.NOTES_DRAFT_MARK: "{citizen} (kladde, {answered} svar)",
    Msg.NOTES_CONFIRM_PURGE: "Slet {count} noter og kladder, der er ældre end {days} dage?",
    Msg.NOTES_CONFIRM_PURGE_ONE: "Slet 1 note eller kladde, der er ældre end {days} dage?",
    Msg.NOTES_NEEDS_YES: "Uden en terminal kan der ikke spørges – tilføj --yes for at slette.",
    Msg.NOTES_DELETED: "Slettet: {id}",
    Msg.NOTES_PURGE_NONE: "Intet er ældre end {days} dage.",
    Msg.NOTES_PURGED: "Slettede {count} noter og kladder, der var ældre end {days} dage.",
    Msg.NOTES_PURGED_ONE: "Slettede 1 note eller kladde, der var ældre end {days} dage.",
    # config
    Msg.NOTES_ENCRYPT_NONE: "Alt gemt er allerede krypteret.",
    Msg.NOTES_CONFIRM_ENCRYPT: "Kryptér {count} filer nu? De ukrypterede udgaver slettes.",
    Msg.NOTES_CONFIRM_ENCRYPT_ONE: "Kryptér 1 fil nu? Den ukrypterede udgave slettes.",
    Msg.NOTES_ENCRYPTED: "Krypterede {count} filer; ingen ukrypterede udgaver er tilbage.",
    Msg.NOTES_ENCRYPTED_ONE: "Krypterede 1 fil; ingen ukrypteret udgave er tilbage.",
    Msg.HELP_CONFIG: "Vis og ændr indstillingerne (opbevaring, kryptering, land).",
    Msg.HELP_CONFIG_SHOW: "Vis indstillingerne og hvor de står.",
    Msg.HELP_CONFIG_SET: "Ændr en indstilling, fx 'samtale config set retention_days 14'.",
    Msg.HELP_CONFIG_KEY: "retention_days, encrypt eller country.",
    Msg.HELP_CONFIG_VALUE: "Den nye værdi, fx 14, true eller dk.",
    Msg.CONFIG_FILE: "# {path}",
    Msg.CONFIG_SAVED: "{key} = {value} (gemt i {path})",
    Msg.CONFIG_PLAIN_LEFT: (
        "{count} gemte noter, kladder eller øvelsessvar ligger stadig ukrypteret."
    ),
    Msg.CONFIG_PLAIN_LEFT_ONE: "1 gemt note, kladde eller øvelsessvar ligger stadig ukrypteret.",
    Msg.CONFIG_ENCRYPT_NOW: "Kryptér dem nu?",
    Msg.CONFIG_ENCRYPT_LATER: "Kryptér dem med 'samtale notes encrypt'.",
    Msg.CONFIG_UNREADABLE: "Kan ikke læse {path}: {reason}.",
    Msg.CONFIG_OTHER_OWNER: (
        "{path} tilhører en anden bruger (uid {uid}), så samtale bruger den ikke. Slet den, eller"
        " gør den til din egen (chown)."
    ),
    Msg.CONFIG_TOO_BIG: "{path} er for stor til en indstillingsfil (højst {limit} KiB).",
    Msg.CONFIG_BAD_TOML: "{path}: ugyldig TOML: {problem}",
    Msg.CONFIG_NOT_UTF8: (
        "{path}: filen er ikke UTF-8-tekst. Ret den, eller skriv den forfra med "
        "'samtale config set NØGLE VÆRDI'."
    ),
    Msg.CONFIG_REPAIRING: "Indstillingsfilen var ugyldig ({problem}); den skrives forfra.",
    Msg.CONFIG_UNKNOWN_KEY: "{path}: ukendt indstilling '{key}'. Gyldige: {valid}.",
    Msg.CONFIG_BAD_VALUE: "{path}: {key}: {problem}",
    Msg.CONFIG_UNKNOWN_SETTING: "Ukendt indstilling '{key}'{hint} Gyldige: {valid}.",
    Msg.CONFIG_BAD_SETTING: "{key}: {problem}",
    Msg.CONFIG_BAD_RETENTION: "skal være et helt antal dage, 0 eller mere",
    Msg.CONFIG_BAD_BOOL: "skal være true eller false",
    Msg.CONFIG_BAD_PATH: "skal være en sti til en fil",
    Msg.CONFIG_BAD_COUNTRY: "skal være et af {valid}",
    Msg.CONFIG_BAD_ROLE: "skal være en kort tekst på én linje (højst 80 tegn)",
    # encryption
    Msg.CRYPTO_ASK: "Adgangsfrase til dine noter: ",
    Msg.CRYPTO_ASK_AGAIN: "Gentag adgangsfrasen: ",
    Msg.CRYPTO_NO_RECOVERY: (
        "Vælg en adgangsfrase, du kan huske. Glemmer du den, kan ingen – heller ikke samtale – "
        "åbne dine krypterede noter og kladder igen."
    ),
    Msg.CRYPTO_TRY_AGAIN: "Forkert adgangsfrase. Prøv igen ({left} forsøg tilbage).",
    Msg.CRYPTO_MISMATCH: "De to adgangsfraser er ikke ens. Intet er gemt.",
    Msg.CRYPTO_TOO_SHORT: "Adgangsfrasen skal have mindst 8 tegn.",
    Msg.CRYPTO_NEEDS_TERMINAL: (
        "Noterne er krypterede, og adgangsfrasen skal skrives i en terminal "
        "(eller ligge i filen, som SAMTALE_PASSPHRASE_FILE peger på)."
    ),
    Msg.CRYPTO_FILE_UNREADABLE: "Kan ikke læse adgangsfrasen fra {path}: {reason}.",
    Msg.CRYPTO_FILE_NOT_UTF8: "Adgangsfrasen i {path} er ikke UTF-8-tekst.",
    Msg.CRYPTO_WRONG_PASSPHRASE: "Forkert adgangsfrase (eller filen er ændret).",
    Msg.CRYPTO_NOT_SEALED: "Filen er ikke krypteret af samtale.",
    Msg.CRYPTO_DAMAGED: "Filen er afkortet eller beskadiget og kan ikke åbnes.",
    Msg.CRYPTO_CHECK_DAMAGED: (
        "{path} er beskadiget. Slet den: den laves igen, når adgangsfrasen åbner en af dine noter."
    ),
    Msg.STORAGE_DRAFT_ENCRYPTED: "Kladden {path} er krypteret; slå kryptering til for at åbne den.",
    # practice and reflect
    Msg.HELP_PRACTICE: (
        "Øv dig på cases alene eller i teamet: uden CASE vises listen, med CASE stilles "
        "de seks refleksionsspørgsmål."
    ),
    Msg.HELP_PRACTICE_CASE: "Casens id fra listen (eller dets første tegn).",
    Msg.HELP_PRACTICE_GROUP: "Skriv casen som et markdown-ark til et teammøde.",
    Msg.HELP_PRACTICE_SAVE: "Gem dine svar privat; undervejs ligger de i en kladde.",
    Msg.HELP_PRACTICE_RESUME: (
        "Fortsæt svar, der ikke blev gemt (med CASE: den case, ellers den seneste)."
    ),
    Msg.HELP_REFLECT: "Et kort tjek af dig selv før samtalen. Svarene gemmes aldrig.",
    Msg.KIND_CASE: "case",
    Msg.PRACTICE_TITLE: "Cases til øvelse og teamdrøftelse",
    Msg.PRACTICE_COL_TITLE: "Case",
    Msg.PRACTICE_HOW: "Start en case med 'samtale practice ID', eller print den med --group.",
    Msg.PRACTICE_AMBIGUOUS: "'{id}' passer på flere cases ({ids}) – skriv mere af id'et.",
    Msg.PRACTICE_NEEDS_TERMINAL: (
        "Øvelsen stiller spørgsmål og kræver en terminal. Brug --group for at printe casen."
    ),
    Msg.PRACTICE_Q_MEET: "Hvordan møder du personen?",
    Msg.PRACTICE_Q_PLAN: "Hvordan planlægger du samtalen?",
    Msg.PRACTICE_Q_SUPPORT: "Hvilken støtte kan du give?",
    Msg.PRACTICE_Q_INFORMATION: "Hvilken information har personen brug for?",
    Msg.PRACTICE_Q_OWN_NEEDS: "Hvad har du selv brug for?",
    Msg.PRACTICE_Q_DUTIES: "Hvad skal du gøre ud fra din rolle og dine pligter?",
    Msg.PRACTICE_H_QUESTIONS: "Spørgsmål til drøftelse",
    Msg.PRACTICE_HANDOUT_NOTE: "Casen er opdigtet. Skriv aldrig om rigtige borgere på arket.",
    Msg.PRACTICE_SAY: "Sig fx: {text}",
    Msg.PRACTICE_REFER: "Henvis evt. til: {name}",
    Msg.PRACTICE_FACT: "Fakta: {title}",
    Msg.PRACTICE_REMEMBER: "Husk: {text}",
    Msg.PRACTICE_SAVED: "Dine svar er gemt privat: {path}",
    Msg.PRACTICE_SAVE_FAILED: (
        "Svarene blev ikke gemt: {reason}. De er gemt i en privat kladde; fortsæt, når det er "
        "rettet, med: {command}"
    ),
    Msg.PRACTICE_SAVE_FAILED_NO_DRAFT: (
        "Svarene blev ikke gemt: {reason}. Kladden kunne heller ikke gemmes."
    ),
    Msg.PRACTICE_NO_DRAFT: (
        "Der er ingen gemte svar at fortsætte. Start med 'samtale practice CASE --save'."
    ),
    Msg.PRACTICE_CONTINUING: (
        "Du fortsætter svar, der ikke blev gemt. Tryk Enter for at beholde et svar."
    ),
    Msg.REFLECT_INTRO: (
        "Et par spørgsmål til dig selv før samtalen. Svar ærligt – intet bliver gemt."
    ),
    Msg.REFLECT_READY: "Du ser ud til at være klar. God samtale.",
    Msg.REFLECT_NOT_SAVED: "Dine svar er ikke gemt.",
    # encryption: a file's identity, the passphrase file, weak passphrases
    Msg.NOTES_OTHER_NOTE: (
        "filen rummer noten {other} – den er omdøbt eller byttet om med en anden. Intet er ændret."
    ),
    Msg.NOTES_OLDER_COPY: (
        "filen er en ældre udgave (nr. {have}; den nyeste er nr. {want}), så en opfølgning "
        "kan mangle. Intet er ændret; læg den nyeste udgave tilbage."
    ),
    Msg.CRYPTO_FILE_TOO_BIG: "{path} er ikke en fil med en adgangsfrase (mere end {limit} byte).",
    Msg.CRYPTO_WEAK: (
        "Advarsel: adgangsfrasen er let at gætte ({reason}). "
        "Brug hellere fire-fem ord, der ikke hører sammen."
    ),
    Msg.CRYPTO_WEAK_SHORT: "kortere end 12 tegn",
    Msg.CRYPTO_WEAK_REPEATS: "for få forskellige tegn",
    Msg.CRYPTO_WEAK_DIGITS: "kun tal",
    Msg.CRYPTO_WEAK_RUN: "en række fra alfabetet eller tastaturet",
    Msg.CRYPTO_WEAK_COMMON: "et ord, der prøves blandt de første",
}
