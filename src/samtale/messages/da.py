"""Danish: every text the user sees, by key."""

MESSAGES: dict[str, str] = {
    # Errors and the exit point
    "interrupted": "Afbrudt. Intet er gemt.",
    "bug": "Uventet fejl ({kind}) – det er en fejl i samtale. Kør igen med --debug for detaljer.",
    "io.failed": "Kunne ikke bruge {path}: {reason}.",
    "io.failed_no_path": "En fil kunne ikke læses eller skrives: {reason}.",
    "io.full": "der er ikke plads på disken",
    "io.read_only": "filsystemet er skrivebeskyttet",
    "io.no_access": "du har ikke adgang",
    "io.is_folder": "det er en mappe, ikke en fil",
    "io.not_folder": "en del af stien er en fil, ikke en mappe",
    "io.too_big": "filen er større, end der er tilladt her",
    "unknown.value": "Ukendt {kind} '{value}'{hint} Gyldige: {valid}.",
    "unknown.suggest": " – mente du '{suggestion}'?",
    "unknown.no_suggestion": ".",
    "kind.region": "region",
    "kind.topic": "emne",
    "kind.context": "kontekst",
    "kind.group": "målgruppe",
    "kind.service": "ydelse",
    "kind.fact_topic": "emne",
    "kind.country": "land",
    "kind.sign": "tegn",
    "kind.age_group": "aldersgruppe",
    "kind.gender": "køn",
    "kind.nationality": "nationalitet",
    "kind.sector": "sektor",
    "kind.language": "samtalesprog",
    "region.valid": "en landsdel ({landsdele}), en region, en kommune eller en større by",
    "region.other_country": "'{value}' ligger i {name}: brug --country {country}.",
    "country.dk": "Danmark",
    "country.se": "Sverige",
    # Typer's and click's own words, and their errors as one line
    "help.help": "Vis denne hjælp og afslut.",
    "usage.prefix": "Brug:",
    "usage.options_metavar": "[TILVALG]",
    "usage.command_metavar": "KOMMANDO [ARGUMENTER]...",
    "usage.options": "Tilvalg",
    "usage.commands": "Kommandoer",
    "usage.arguments": "Argumenter",
    "usage.default": "[standard: {}]",
    "usage.envvar": "[miljøvariabel: {}]",
    "usage.required": "[skal angives]",
    "usage.metavar.text": "VÆRDI",
    "usage.metavar.file": "FIL",
    "usage.metavar.path": "STI",
    "usage.metavar.folder": "MAPPE",
    "usage.metavar.number": "TAL",
    "usage.other_language_options": (
        "--fortsätt --grupp --inaktuella --kontext --mall --språk --sök --tjänst --ämne --äldre-än"
    ),
    "usage.command_words": (
        "forbered=prep forberedelse=prep formuleringer=phrases spørgsmål=phrases "
        "tilbud=resources hjælp=help ressourcer=resources uddeling=handout folder=handout "
        "tegn=signs fakta=facts øv=practice øvelse=practice cases=practice "
        "refleksion=reflect reflekter=reflect noter=notes note=notes "
        "indstillinger=config opfølgning=followup eksporter=export vis=show slet=delete "
        "liste=list ryd=purge krypter=encrypt sæt=set"
    ),
    "usage.line": "{message} Se '{path} --help'.",
    "usage.no_such_option": "Ukendt tilvalg {option}.{hint}",
    "usage.did_you_mean": " Mente du {options}?",
    "usage.needs_value": "{option} skal have en værdi.",
    "usage.extra": "Uventet ekstra argument: {args}.",
    "usage.missing": "{name} mangler.",
    "usage.bad_value": "Ugyldig værdi for {name}: {problem}",
    "usage.no_such_command": "Ukendt kommando '{name}'.",
    # Help
    "help.app": (
        "Forbered en neutral og tryg samtale med en borger, der måske sælger eller bytter "
        "seksuelle ydelser: spørgsmål til hver fase, pligter, henvisninger og en privat "
        "forberedelsesnote."
    ),
    "help.country": "Landets vejledninger og sprog: dk (Danmark, standard) eller se (Sverige).",
    "help.no_pager": "Skriv lang tekst direkte på skærmen, ikke gennem en pager (less).",
    "help.debug": "Vis hele fejlsporet ved uventede fejl (kan indeholde det, du har skrevet).",
    "help.version": "Vis versionen og afslut.",
    "help.help_command": "Vis hjælpen til samtale eller til en kommando, fx 'help resources'.",
    "help.help_command.command": "Kommandoen (og evt. underkommandoen), der skal vises hjælp til.",
    "help.help_command.metavar": "[KOMMANDO]...",
    "help.install_completion": "Installér tab-fuldførelse (bash, zsh, fish; uden navn: din skal).",
    "help.show_completion": "Vis fuldførelsesscriptet (bash, zsh, fish; uden navn: din skal).",
    "completion.installed": "Tab-fuldførelse til {shell} ligger i {path} (i nye terminaler).",
    "completion.unknown_shell": "Kan ikke fuldføre i skallen '{shell}'. Nævn en af: {valid}.",
    "help.json": "Skriv resultatet som JSON (til scripts).",
    "help.phrases": "Neutrale spørgsmål og formuleringer til samtalens faser.",
    "help.phrases.topic": (
        "Samtalens fase eller emne, fx safety/sikkerhed, opening/åbning, children/børn. "
        "Alle: samtale ids topics."
    ),
    "help.phrases.context": (
        "Vis formuleringer til en kontekst, fx substance_use/rusmidler. Alle: samtale ids contexts."
    ),
    "help.phrases.search": "Vis kun formuleringer, der indeholder denne tekst.",
    "help.phrases.language": (
        "Samtalens sprog: da/dansk eller en/engelsk. På engelsk står den danske tekst under."
    ),
    "help.resources": "Hvem der kan hjælpe i et område, med kontaktdata og deres alder.",
    "help.handout": (
        "Én side, personen kan tage med: den hjælp, der findes, hvor de bor, med kontaktdata "
        "og dato, og deres rettigheder. Intet om personen."
    ),
    "help.handout.region": (
        "Hvor personen bor: landsdel, region, kommune eller by. Uden: kun landsdækkende tilbud."
    ),
    "help.handout.language": "Sidens sprog: da/dansk eller en/engelsk (standard: dansk).",
    "help.handout.output": "Skriv siden til en ny fil (0600) i stedet for at vise den.",
    "help.handout.format": "md (Markdown) eller html (én side, der kan printes).",
    "help.handout.discreet": "Titel og tekst siger ikke, hvad siden handler om.",
    "handout.written": "Siden er skrevet til {path}.",
    "kind.format": "format",
    "help.resources.region": (
        "Landsdel, region, kommune eller by, fx fyn, 'Region Syddanmark', Odense. "
        "Landsdækkende tilbud kommer altid med."
    ),
    "help.resources.group": (
        "Kun tilbud til en målgruppe, fx unge, kvinder, udlændinge. Alle: samtale ids groups."
    ),
    "help.resources.service": (
        "Kun tilbud med en bestemt ydelse, fx retshjælp, sundhed. Alle: samtale ids services."
    ),
    "help.resources.stale": (
        "Vis i stedet alle kontaktdata, der er udaterede eller ældre end --older-than måneder "
        "(medfølgende og lokale), med kilde – til dem, der holder listen ajour."
    ),
    "help.resources.older_than": (
        "Hvor mange måneder kontaktdata må være, før de vises (standard 24)."
    ),
    "help.signs": "Mulige tegn og mulige følgevirkninger – og at de kan betyde andet.",
    "help.facts": "Lovgivning, tal og begreber, hver med kilde.",
    "help.facts.topic": "law/lov, stats/tal eller terms/begreber.",
    "help.facts.sources": "Kilderne i fuld længde: dokumenter, lovgrundlag, kontroldato.",
    "help.ids": "Alle id'er, du kan skrive: emner, kontekster, tegn, regioner, grupper og flere.",
    "help.ids.kind": "Kun én slags, fx topics, contexts, signs, regions, places, groups.",
    "help.ids.metavar": "[SLAGS]",
    "kind.ids": "slags id",
    "ids.kind.topics": "emner: --topic, topics i svarfilen",
    "ids.kind.contexts": "kontekster: --context, contexts i svarfilen",
    "ids.kind.groups": "målgrupper: resources --group",
    "ids.kind.services": "ydelser: resources --service",
    "ids.kind.fact_topics": "emner for facts --topic",
    "ids.kind.signs": "tegn og følgevirkninger: signs i svarfilen",
    "ids.kind.regions": "landsdele, regioner og områder: --region, region i svarfilen",
    "ids.kind.places": "kommuner og byer, som --region også forstår",
    "ids.kind.cases": "cases: practice CASE",
    "ids.kind.age_groups": "aldersgrupper: age_group i svarfilen",
    "ids.kind.genders": "køn: gender i svarfilen",
    "ids.kind.nationalities": "nationalitet: nationality i svarfilen",
    "ids.kind.sectors": "hvor du arbejder: sector i svarfilen",
    "ids.kind.countries": "lande: --country",
    "ids.kind.conversation_languages": "samtalesprog: --language, conversation_language",
    "ids.kind.settings": "indstillinger: config set NØGLE VÆRDI",
    "help.data": "Vedligehold af vejledningsdata.",
    "help.data.check": "Valider alle datafiler og krydshenvisninger.",
    "help.data.dir": "Tjek en anden datamappe (med en undermappe pr. land) end den indbyggede.",
    # Data loading and checking
    "data.missing_file": "Datafil mangler: {path}",
    "data.missing_folder": "Datamappen findes ikke: {path}",
    "data.yaml_error": "{path}{line}: ugyldig YAML: {problem}",
    "data.not_utf8": "{path}{line}: datafilen er ikke gemt som UTF-8.",
    "data.too_deep": "indlejret dybere end {limit} niveauer",
    "data.problem": "{where}: {entry} → {field}: {message}",
    "data.more_problems": " (og {count} fejl mere – kør 'samtale data check')",
    "data.problem_count": " ({count} fejl i alt)",
    "data.ok": (
        "Data i orden ({folder}): {phrases} formuleringer, {resources} tilbud, "
        "{signs} tegn, {facts} fakta, {places} kommuner og byer."
    ),
    "check.duplicate_id": "id findes allerede",
    "check.format_id": "'{value}' er ikke et gyldigt id (små bogstaver, tal og _)",
    "check.format_month": "'{value}' er ikke en måned på formen ÅÅÅÅ-MM",
    "check.format_text": "teksten er tom",
    "check.control_character": "teksten har et kontroltegn (fx ESC), som kan styre terminalen",
    "check.empty_list": "listen må ikke være tom",
    "check.missing_id": "mangler det faste id '{id}'",
    "check.unknown_source": "ukendt kilde '{doc}' (se sources.yaml)",
    "check.undated_contact": "kilden '{doc}' har ingen dato; kontaktdata herfra kan ikke dateres",
    "check.format_day": "'{value}' er ikke en dato på formen ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD",
    "check.as_of_undated_source": (
        "kilden '{doc}' har ingen dato, så as_of skal være null (udateret)"
    ),
    "check.as_of_missing": "as_of mangler; kilden er dateret {when}",
    "check.as_of_too_new": "as_of er nyere end det, der står inde for den ({when})",
    "check.bundled_needs_source": (
        "mangler source (dokument og afsnit); kun en lokal fil kan undvære den"
    ),
    "check.local_only": (
        "'{field}' hører kun til i en lokal tilbudsfil; her dateres kontaktdata med as_of"
    ),
    "local.not_a_list": "filen skal have en liste af tilbud under 'resources:'",
    "local.unreadable": "Kan ikke læse den lokale tilbudsfil {path}: {reason}",
    "local.too_big": "Den lokale tilbudsfil {path} er større end {limit} MB",
    "local.not_utf8": "{path}{line}: den lokale tilbudsfil er ikke gemt som UTF-8",
    "local.needs_verified": (
        "mangler verified: datoen, tilbuddet sidst blev kontrolleret (ÅÅÅÅ-MM-DD)"
    ),
    "local.verified_future": "verified ({when}) ligger efter i dag",
    "local.needs_verified_by": "mangler verified_by: hvem der kontrollerede tilbuddet",
    "local.ok": "Lokal tilbudsfil {path}: {count} tilbud, ingen fejl.",
    "local.none": "Ingen lokal tilbudsfil ({path}).",
    "check.bad_link": "linket '{link}' er ikke tilladt – kun http(s)-, tel- og mailto-links",
    "check.unknown_tag": "ukendt tag '{tag}' (tegn, kontekst, aldersgruppe eller køn)",
    "check.route_unknown": "reach_via peger på '{id}', som ikke er et tilbud",
    "check.route_self": "reach_via peger på tilbuddet selv",
    "check.route_inactive": "reach_via peger på '{id}', som ikke længere er aktivt",
    "check.route_undated": "reach_via peger på '{id}', som ikke har et dateret kontaktpunkt",
    "check.needs_route": (
        "et aktivt tilbud til borgere uden dateret kontaktpunkt skal have reach_via: "
        "hvem man når det igennem"
    ),
    "check.unknown_topic": "ukendt emne '{topic}'",
    "check.no_rendering": "formuleringen mangler sin form på {language} (phrases.{language}.yaml)",
    "check.unknown_phrase": "der er ingen formulering med id '{id}' i phrases.yaml",
    "check.one_per_language": "skal have præcis én tekst på sproget '{language}'",
    "check.twelve_months": "skal nævne årets tolv måneder",
    "check.alias_clash": "stavemåden bruges allerede af '{other}'",
    "check.duty_needs": "en pligt skal have law, basis og how_to_tell",
    "check.law_needs_basis": "et juridisk faktum skal have basis: statute, source, web og checked",
    "check.matched_needs_fits": "note: matched kræver mindst ét tag i fits",
    "check.unknown_group": "ukendt målgruppe '{id}' (se vocabulary.yaml)",
    "check.unknown_service": "ukendt ydelse '{id}' (se vocabulary.yaml)",
    "check.unknown_area": "ukendt landsdel eller område '{id}'",
    "check.unknown_place": "ukendt sted '{name}'",
    "check.lies_in_needs_unstated": (
        "lies_in hører kun til et tilbud med coverage: unstated (ellers siger coverage det)"
    ),
    "check.lies_in_elsewhere": "'{id}' er ikke landsdelen for tilbuddets steder ({where})",
    "check.unknown_region": "ukendt region '{id}'",
    "check.unknown_pointer": "ukendt {kind}-id '{id}'",
    "check.reflections": "en case skal have de seks spørgsmål i denne rækkefølge: {expected}",
    "check.place_clash": "navnet peger også på et andet område ('{other}')",
    # Shared labels
    "month.1": "januar",
    "month.2": "februar",
    "month.3": "marts",
    "month.4": "april",
    "month.5": "maj",
    "month.6": "juni",
    "month.7": "juli",
    "month.8": "august",
    "month.9": "september",
    "month.10": "oktober",
    "month.11": "november",
    "month.12": "december",
    "source.line": "Kilde: {publisher}{when} – »{section}«",
    "tag.under_18": "under 18 år",
    "tag.18_29": "18–29 år",
    "tag.30_plus": "30 år og derover",
    "tag.unknown": "ukendt",
    "tag.woman": "kvinde",
    "tag.man": "mand",
    "tag.trans": "transperson",
    "tag.nonbinary": "nonbinær",
    "tag.domestic": "dansk statsborger",
    "tag.foreign": "udenlandsk statsborger",
    "tag.public": "offentlig ansat",
    "tag.private": "privat organisation eller NGO",
    "contact.phone": "Tlf.",
    "contact.web": "Web",
    "contact.email": "E-mail",
    "contact.address": "Adresse",
    "contact.age": "Oplyst {when} ({years} år siden)",
    "contact.check_first": "– tjek før brug",
    "contact.undated": "Kilden er ikke dateret",
    "contact.source": "Kilde: {source}",
    "contact.local_source": "din lokale fil",
    "coverage.national": "hele landet",
    "coverage.unstated": "ikke oplyst i kilderne",
    "coverage.lies_in": "{coverage} (ligger i {where})",
    # phrases
    "phrases.none": "Ingen formuleringer passer til det valgte.",
    "phrases.fits": "Passer til: {tags}",
    "phrases.general": "alle",
    "phrases.in_own_language": "Dansk: {text}",
    # resources
    "resources.none": "Ingen tilbud passer til det valgte.",
    "resources.title": "Tilbud",
    "resources.title_for": "Tilbud der dækker {place}",
    "resources.title_national": "Landsdækkende tilbud",
    "resources.contact": "Kontakt:",
    "resources.offers": "Tilbyder: {offers}",
    "resources.covers": "Dækker: {coverage}",
    "resources.no_contact": (
        "Ingen kontaktdata fundet i offentlige kilder. Spørg Social- og Boligstyrelsen, "
        "der udgiver samtaleguiden (se tilbuddet til fagpersoner)."
    ),
    "resources.reach_via": "Nås gennem {name}: {note}",
    "resources.local": "Lokalt tilbud – kontrolleret {when} af {who}",
    # resources export/import (the coordinator's spreadsheet)
    "help.resources.format": "Filformat for --stale: text (standard) eller csv (til regneark).",
    "help.resources.export": (
        "Skriv hele tilbudsoversigten (indbyggede og lokale tilbud) som regneark, én række "
        "pr. kontaktpunkt."
    ),
    "help.resources.export.format": "csv (standard) eller xlsx.",
    "help.resources.export.output": "Filen, der skal skrives; den må ikke findes i forvejen.",
    "help.resources.import": (
        "Læs et regneark fra 'resources export' tilbage. Ændrede og nye tilbud skrives i den "
        "lokale tilbudsfil, men kun hvis alle rækker er i orden."
    ),
    "help.resources.import.file": "Regnearket: .csv eller .xlsx.",
    "resources.format_needs_stale": (
        "--format csv hører til --stale; hele oversigten: 'samtale resources export'."
    ),
    "resources.export.done": "{count} rækker skrevet til {path}.",
    "resources.import.problem": "{path}: række {row}, kolonne {column}: {message}",
    "resources.import.failed": "{count} fejl i {path}; intet blev skrevet.",
    "resources.import.nothing": "Regnearket ændrer intet; den lokale tilbudsfil er uændret.",
    "resources.import.done": (
        "{updated} tilbud opdateret og {added} tilføjet i den lokale tilbudsfil {path}."
    ),
    "resources.import.other_country": (
        "Den lokale tilbudsfil {path} er for et andet land ({country}); intet blev skrevet."
    ),
    "sheet.too_big": "Filen er større end {limit} MB.",
    "sheet.too_many_rows": "Filen har mere end {limit} rækker.",
    "sheet.not_utf8": "CSV-filen er ikke UTF-8; gem den som 'CSV UTF-8'.",
    "sheet.not_xlsx": "Filen kan ikke læses som et XLSX-regneark.",
    "sheet.missing_column": "kolonnen mangler i overskriftsrækken",
    "sheet.needs_who": "et ændret eller nyt tilbud skal have navnet på den, der kontrollerede det",
    "sheet.bad_id": "'{value}' er ikke et id (små bogstaver, tal og _)",
    "sheet.empty": "må ikke være tom",
    "sheet.bad_kind": "'{value}' er ikke en kontaktform ({kinds})",
    "sheet.kind_and_value": "kind og value udfyldes begge eller ingen af dem",
    "sheet.bad_source": (
        "'{value}' er ikke en kilde i data på formen 'id: afsnit'; lad feltet stå tomt, så "
        "står verified_by inde for oplysningen"
    ),
    "sheet.as_of_too_new": (
        "datoen er nyere end kilden ({when}); tøm source, når du selv har kontrolleret den"
    ),
    "sheet.future": "datoen {when} ligger efter i dag",
    "sheet.disagrees": "afviger fra række {row} for samme tilbud",
    "sheet.new_description": "Tilbud tilføjet fra organisationens regneark.",
    "resources.stale.title": "Kontaktdata ældre end {months} måneder eller udaterede",
    "resources.stale.none": "Ingen kontaktdata er ældre end {months} måneder eller udaterede.",
    # signs
    "signs.reminder": (
        "Tegn er grunde til at spørge – ikke konklusioner. Hvert tegn kan også have helt "
        "andre forklaringer."
    ),
    "signs.title.sign": "Mulige tegn",
    "signs.title.consequence": "Mulige følgevirkninger",
    "signs.title.indication": "Flere mulige indikationer",
    "signs.other": "Kan også betyde: {text}",
    # facts
    "facts.title.law": "Lovgivning",
    "facts.title.stats": "Tal",
    "facts.title.terms": "Begreber",
    "facts.h.sources": "Kilder",
    "facts.h.law": "Lovgrundlag",
    "facts.used_by": "Bruges af: {items}",
    "date.undated": "udateret",
    "date.day": "{day}. {month} {year}",
    "quote": "»{text}«",
    "law.basis": "{statute}; {in_force}; kontrolleret {checked} mod {source} ({web})",
    "law.in_force": "gældende pr. {date}",
    "law.in_force_unknown": "ikrafttræden ikke bekræftet",
    "law.unconfirmed": "Ikke bekræftet: {text}",
    # Privacy
    "privacy.cpr_found": (
        "Teksten ser ud til at indeholde et CPR-nummer. Det må aldrig stå i en "
        "forberedelsesnote – brug initialer eller et pseudonym, og fjern nummeret."
    ),
    "privacy.personnummer_found": (
        "Teksten ser ud til at indeholde et svensk personnummer. Det må aldrig stå i en "
        "forberedelsesnote – fjern nummeret."
    ),
    "privacy.not_shown": "vises ikke – ligner et CPR-nummer eller personnummer",
    "privacy.phone_hint": (
        "Er det et telefonnummer, så skriv tlf. foran det, fx tlf. 12 34 56 78 "
        "eller tlf. 070-123 45 67."
    ),
    "storage.cloud": (
        "Noten gemmes ikke: {folder} ligger i en mappe, der synkroniseres til skyen "
        "('{part}'). Sæt SAMTALE_HOME til en lokal mappe, eller brug --stdout."
    ),
    "storage.work_tree": (
        "Noten gemmes ikke: {folder} ligger i et {tool}-arbejdstræ ({repo}), hvor den kan blive "
        "delt. Sæt SAMTALE_HOME til en anden mappe, eller brug --stdout."
    ),
    "storage.cloud_output": (
        "Filen gemmes ikke: {folder} synkroniseres til skyen ('{part}'). Giv --output en sti "
        "uden for den mappe, fx i din hjemmemappe."
    ),
    "storage.work_tree_output": (
        "Filen gemmes ikke: {folder} ligger i et {tool}-arbejdstræ ({repo}), hvor den kan blive "
        "delt. Giv --output en sti uden for den mappe, fx i din hjemmemappe."
    ),
    "storage.no_free_name": "Kunne ikke finde et ledigt filnavn i {folder}.",
    "storage.no_folder": "Mappen {folder} findes ikke.",
    "storage.exists": "{path} findes allerede; vælg et andet navn (intet blev overskrevet).",
    "storage.bad_draft": "Kladden {path} kan ikke læses. Slet den, og start forfra.",
    "drafts.starting_afresh": (
        "{problem} Her begynder spørgsmålene forfra, og kladden erstattes ved første svar."
    ),
    # Answers files
    "drafts.bad_id": "'{id}' er ikke id'et på en kladde.",
    "drafts.unknown": "Der er ingen kladde med id '{id}'.",
    "answers.not_mapping": "{origin}: svarene skal være en YAML-tabel med felter som citizen.",
    "answers.unknown_key": "ukendt felt '{key}'. Gyldige felter: {valid}.",
    "answers.missing_key": "feltet '{key}' mangler.",
    "answers.more_problems": "{origin}: {count} fejl mere er ikke vist; ret de viste, og kør igen.",
    "answers.bad_value": "feltet '{key}' er ugyldigt: {problem}.",
    "answers.problem.string_too_short": "det må ikke være tomt",
    "answers.problem.string_too_long": "det er for langt (initialer eller et kort pseudonym)",
    "answers.problem.string_type": "der skal stå en tekst",
    "text.too_long": "teksten er for lang: højst {limit} tegn",
    "answers.problem.list_type": "der skal stå en liste, fx [a, b]",
    "answers.problem.dict_type": "der skal stå en tabel af id: tekst",
    "answers.problem.enum": "gyldige værdier: {expected}",
    "answers.problem.date": "skriv en dato som 2026-12-01",
    # prep
    "help.prep": "Forbered en samtale: spørgeskema → samtaleplan → privat note.",
    "help.prep.answers": "Læs svarene fra en YAML-fil (- er standard-input) frem for at spørge.",
    "help.prep.stdout": "Skriv noten på skærmen i stedet for at gemme den.",
    "help.prep.resume": (
        "Fortsæt en kladde: den eneste, den med id'et KLADDE, eller vælg fra en liste."
    ),
    "help.prep.draft.metavar": "[KLADDE]",
    "help.config.key.metavar": "NØGLE",
    "help.config.value.metavar": "VÆRDI",
    "help.resources.months.metavar": "MÅNEDER",
    "help.practice.case.metavar": "CASE",
    "help.prep.draft": "Id'et på kladden, der skal fortsættes (se 'samtale notes list').",
    "help.prep.template": (
        "Skriv en svarfil med alle felter og gyldige id'er at udfylde (> answers.yaml)."
    ),
    "template.head": "Svar til 'samtale prep --answers FIL'. Udfyld det, du ved; resten kan blive.",
    "template.ids": (
        "Alle gyldige id'er med forklaring: 'samtale ids'. Skriv aldrig navn eller CPR-nummer."
    ),
    "template.text": "fri tekst",
    "template.valid_below": "– gyldige id'er herunder",
    "template.see_ids": "(se 'samtale ids {kind}')",
    "template.role": "din rolle, fx bostøttemedarbejder",
    "template.citizen": "skal udfyldes: initialer eller et pseudonym",
    "template.region": "landsdel, region, kommune eller by",
    "template.signs": 'tegn-id: det, du har set, fx lonely_busy_phone: "…"',
    "template.contexts": "liste, fx [substance_use, homelessness]",
    "template.other_explanations": "andre mulige forklaringer på det, du har set",
    "template.topics": "samtalens faser (standard: alle seks)",
    "prep.answers_or_resume": "Brug enten --answers eller --resume, ikke begge.",
    "prep.your_answers": "dine svar",
    "prep.stdin": "standard-input",
    "prep.cannot_read": "Kan ikke læse svarfilen {path}: {reason}.",
    "prep.bad_yaml": "{path}{line}: svarfilen er ikke gyldig YAML.",
    "prep.answers_too_big": "Svarfilen {path} er for stor: en svarfil er højst {limit} KiB.",
    "prep.not_utf8": "{path}{line}: svarfilen er ikke gemt som UTF-8. Gem den som UTF-8.",
    "prep.too_deep": "{path}{line}: svarfilen er indlejret dybere end {limit} niveauer.",
    "prep.no_draft": "Der er ingen kladde at fortsætte fra. Start med 'samtale prep'.",
    "prep.needs_terminal": (
        "'samtale prep' stiller spørgsmål og kræver en terminal. "
        "Brug 'samtale prep --answers FIL' i scripts."
    ),
    "prep.welcome": (
        "Forberedelse af en samtale. Skriv kun det, du har brug for – aldrig navn eller "
        "CPR-nummer. Ctrl-C afbryder; dine svar gemmes da som kladde."
    ),
    "prep.saved": "Noten er gemt privat: {path}",
    "prep.next": (
        "Notens id: {id}\n"
        "  Kortet til bordet:  samtale notes show {id} --card\n"
        "  Til print:          samtale notes export {id} --output {id}.html\n"
        "  Efter mødet:        samtale notes followup {id}"
    ),
    "prep.interrupted_picking": (
        "Afbrudt. Ingen kladde er ændret; alle er gemt. Fortsæt med: samtale prep --resume"
    ),
    "prep.discarded": "Svarene er kasseret, og kladden er slettet. Intet er gemt.",
    "prep.kept": "Dine svar er gemt som privat kladde. Fortsæt med: {command}",
    "prep.interrupted_draft": (
        "Afbrudt. Dine svar er gemt som privat kladde. Fortsæt med: {command}"
    ),
    "prep.interrupted_no_draft": "Afbrudt. Kladden blev ikke gemt: {reason}",
    "prep.save_failed": (
        "Noten blev ikke gemt: {reason}. Dine svar er gemt i kladden; "
        "ret det, og fortsæt med: {command}"
    ),
    "prep.save_failed_no_draft": (
        "Noten blev ikke gemt: {reason}. Kladden kunne heller ikke gemmes."
    ),
    "prep.save_failed_file": (
        "Noten blev ikke gemt: {reason}. Svarene står uændret i {path} – kør kommandoen "
        "igen, når det er rettet."
    ),
    "prep.pick_draft": "Hvilken kladde vil du fortsætte?",
    "prep.draft_line": "{date} · {citizen} · {place} · {done} af {total} svar",
    "prep.fix_in_draft": "{problem} Dine svar er gemt i kladden – ret svaret med: {command}",
    "prep.printed_draft_kept": (
        "Noten er kun skrevet på skærmen; kladden er beholdt. Gem noten med '{command}', "
        "eller slet kladden med 'samtale notes delete {id}'."
    ),
    "prep.so_far": "Det har du svaret indtil nu:",
    "prep.remember_role": "Skal '{role}' være din rolle som standard næste gang?",
    "prep.role_remembered": "Du kan altid rette den med 'samtale config set role …'.",
    "storage.full": "der er ikke plads på disken ({folder})",
    "storage.read_only": "mappen er skrivebeskyttet ({folder})",
    "storage.no_access": "du har ikke adgang til at skrive i {folder}",
    "storage.too_big": "filen er større, end der er tilladt her ({folder})",
    "storage.os_error": "{reason} ({folder})",
    # Questions
    "q.role": "Din rolle (fx bostøttemedarbejder):",
    "q.citizen": "Initialer eller pseudonym for borgeren (aldrig navn eller CPR-nummer):",
    "q.citizen.required": "Skriv initialer eller et pseudonym.",
    "q.citizen.too_long": "Højst 40 tegn – initialer eller et kort pseudonym er nok.",
    "q.age_group": "Alder:",
    "q.gender": "Køn:",
    "q.nationality": "Nationalitet:",
    "q.region": "Hvor bor personen? (landsdel, region, kommune eller by – Enter springer over)",
    "q.region.unknown_near": "Kender ikke stedet '{value}'{hint}",
    "q.region.unknown": "Kender ikke stedet – prøv en kommune, en by eller en landsdel.",
    "q.signs": "Hvad har du lagt mærke til? (tegn kan også betyde andet)",
    "q.sign_text": "{sign} – hvad så eller hørte du? (dine egne ord, Enter springer over)",
    "q.contexts": "Hvad ved du ellers om personens situation?",
    "q.other_explanations": "Hvilke andre forklaringer kan der være på det, du har set?",
    "q.topics": "Hvilke dele af samtalen vil du forberede?",
    "q.conversation_language": "Hvilket sprog foregår samtalen på?",
    "q.conversation_language.en": "engelsk (formuleringerne på engelsk, med dansk under)",
    "q.conversation_language.interpreter": "et andet sprog, gennem en professionel tolk",
    "q.summary.with_interpreter": ", med tolk",
    "q.review": "Hvad vil du gøre?",
    "q.review.save": "Lav noten og gem den",
    "q.review.change": "Ret et svar",
    "q.review.keep": "Gem som kladde og stop (fortsæt senere)",
    "q.review.discard": "Kassér svarene",
    "q.change": "Hvilket svar vil du rette?",
    "q.discard_sure": "Kassér alle svarene? Det kan ikke fortrydes.",
    "q.yes": "Ja",
    "q.no": "Nej",
    "q.yes_keys": "jJyY",
    "q.no_keys": "nN",
    "q.confirm_yes": "(Enter/j = ja, n = nej)",
    "q.confirm_no": "(j = ja, Enter/n = nej)",
    "q.select_help": "(piletaster og Enter)",
    "q.checkbox_help": "(mellemrum vælger, Enter går videre)",
    "q.checked_none": "intet valgt",
    "q.checked_count": "{count} valgt",
    "q.summary.title": "\nDine svar",
    "q.summary.line": "  {number}. {name}: {value}",
    "q.summary.item": "\n       – {label}{said}",
    "q.summary.said": ": »{text}«",
    "q.summary.none": "intet",
    "q.name.role": "Din rolle",
    "q.name.citizen": "Pseudonym",
    "q.name.age_group": "Alder",
    "q.name.gender": "Køn",
    "q.name.nationality": "Nationalitet",
    "q.name.region": "Sted",
    "q.name.signs": "Det, du har lagt mærke til",
    "q.name.contexts": "Situation",
    "q.name.other_explanations": "Andre forklaringer",
    "q.name.topics": "Dele af samtalen",
    "q.name.conversation_language": "Samtalens sprog",
    # The note
    "card.title": "Samtalekort",
    "card.intro": "Til bordet under mødet.",
    "card.duty_first": "Først – fortæl om din pligt, {law}:",
    "card.duty": "Din pligt, {law}:",
    "card.opener": "Åbn med:",
    "card.opener_permission": "Spørg først, om det er i orden:",
    "card.questions": "Spørgsmål, fase for fase",
    "card.referrals": "Henvis til",
    "card.agreed": "Det aftalte",
    "card.blank.agreed": "Vi aftalte:",
    "card.blank.referred": "Henvist til:",
    "card.blank.next_contact": "Næste kontakt (dato):",
    "card.blank.safe_contact": "Sikker måde at kontakte personen på:",
    "note.title": "Forberedelse af samtale med {citizen}",
    "note.date": "Dato",
    "note.role": "Min rolle",
    "note.citizen": "Borger (pseudonym)",
    "note.age_group": "Alder",
    "note.area": "Område",
    "note.not_given": "ikke angivet",
    "note.language": "Samtalens sprog",
    "note.interpreter": "Tolk",
    "note.interpreter_yes": "ja, en professionel tolk deltager",
    "language.da": "dansk",
    "language.sv": "svensk",
    "language.en": "engelsk",
    "note.banner": (
        "**Privat forberedelsesnote – ikke en journal.** Slet den, når samtalen er holdt. "
        "Det, der har betydning for sagen, skal i journalen (notatpligt)."
    ),
    "note.h.observations": "Observationer",
    "note.observations_intro": (
        "Det, du har lagt mærke til, er grunde til at spørge – ikke konklusioner."
    ),
    "note.not_described": "ikke beskrevet",
    "note.no_observations": "Ingen tegn valgt.",
    "note.h.other_explanations": "Andre mulige forklaringer",
    "note.fill_in": "Skriv her, hvad det ellers kan skyldes.",
    "note.h.checklist": "Forberedelse og pligter",
    "note.how_to_tell": "Sådan kan du sige det til personen",
    "note.h.conversation": "Samtaleplan",
    "note.conversation_in": "Sig det på {language}; den danske tekst står under.",
    "note.h.referrals": "Henvisningsmuligheder",
    "note.no_referrals": "Ingen tilbud i kilderne passer til området og situationen.",
    "note.handout": (
        "Til personen: `{command}` giver én side om hjælpen i området og intet om personen "
        "(`--discreet` skjuler emnet)."
    ),
    "note.h.for_you": "Til dig som fagperson",
    "note.contact": "{label}: {value}{note} (oplyst {when}{years})",
    "note.contact_bare": "{label}: {value}{note}",
    "note.contact_undated": "{label}: {value}{note} (kilden er ikke dateret)",
    "card.reach_via": "nås gennem {name} – {contact}",
    "note.reach_via": "Nås gennem {name}: {note} – {contact}",
    "note.contact_doubtful": "– gammel oplysning, tjek før brug",
    "note.years_old": ", {years} år siden",
    "note.h.facts": "Fakta at have ved hånden",
    "note.h.follow_up": "Opfølgning",
    "note.follow_up.on_card": ("Det aftalte og næste kontakt: skriv det på kortet."),
    "note.follow_up.consent_to_share": "Det må jeg dele, og med hvem (personens eget ja):",
    "note.follow_up.case_record": "Det skal i journalen (notatpligt):",
    "note.h.sources": "Kilder",
    "note.referrals_on_card": "På kortet: {names}.",
    "note.referrals_more": "Flere, der passer: {names}.",
    "note.facts_elsewhere": "Fakta om lov, tal og begreber: `{command}`.",
    "note.questions_on_card": "Spørgsmålene til hver fase står på kortet.",
    "note.local_short": "lokalt tilbud",
    "note.no_contact": "ingen kontaktdata i kilderne; spørg Social- og Boligstyrelsen",
    "note.more_explanations": "Andre mulige forklaringer på {count} af tegnene: `{command}`.",
    "note.also_chosen": "Også valgt, uden egne ord: {signs}",
    "note.conversation_card": "Efter kortets spørgsmål, i hver fase:",
    "note.more_steps": (
        "{count} trin mere passer til situationen, men er udeladt for at holde noten kort; "
        "de vigtigste står øverst."
    ),
    "note.more": "Alt, der er udeladt her: `{facts}`, `{phrases}`, `{signs}`, `{resources}`.",
    "sources.law": "{source} ({web})",
    "sources.local": "Din lokale tilbudsfil: {offers}",
    "sources.local_offer": "{name}, kontrolleret {when} af {who}",
    "sources.law_checked": "Lovgrundlaget {marks} er kontrolleret {checked}.",
    "sources.law_all_open": (
        "Lovgrundlaget {marks} er kontrolleret {checked}; noget er ikke bekræftet: se `{command}`."
    ),
    "sources.law_open": "Ikke bekræftet for {marks}: se `{command}`.",
    # after the meeting: follow-ups and the journal text
    "followup.heading": "Efter mødet: {when}",
    "followup.l.outcome": "Kontakt",
    "followup.l.topics": "Talt om",
    "followup.l.agreed": "Aftalt",
    "followup.l.referrals": "Henvist til",
    "followup.l.consent": "Samtykke til at dele",
    "followup.l.safe_contact": "Sikker måde at kontakte personen på",
    "followup.l.notified": "Underretning",
    "followup.l.next_contact": "Næste kontakt",
    "followup.outcome.held": "samtalen blev holdt",
    "followup.outcome.postponed": "samtalen blev udsat",
    "followup.outcome.declined": "personen sagde nej til samtalen",
    "followup.form.in_person": "personligt møde",
    "followup.form.phone": "telefon",
    "followup.form.video": "video",
    "followup.form.written": "skriftligt (sms, mail eller brev)",
    "followup.none": "intet angivet",
    "followup.no_consent": "intet samtykke givet",
    "followup.not_notified": "ingen",
    "followup.notified_on": "lavet {when}",
    "followup.no_next": "ingen aftalt",
    "followup.none_yet": (
        "Noten har ingen opfølgning endnu. Tilføj en med 'samtale notes followup ID'."
    ),
    "fq.outcome": "Blev samtalen holdt?",
    "fq.contact_form": "Hvordan var I i kontakt?",
    "fq.contact_date": "Hvornår (dato, ÅÅÅÅ-MM-DD)?",
    "fq.topics": "Hvad talte I om? (kort, adskil med komma; ingen navne)",
    "fq.agreed": "Hvad aftalte I?",
    "fq.referrals": "Hvilke tilbud henviste du til?",
    "fq.other": "Andet",
    "fq.referrals_other": "Hvilke andre (adskil med komma)?",
    "fq.consent": "Gav personen samtykke til, at du deler oplysninger?",
    "fq.consent_with": "Hvad må du dele, og med hvem?",
    "fq.safe_contact": "Hvordan kan du kontakte personen sikkert (fx kun sms, ikke om aftenen)?",
    "fq.notified": "Har du lavet en underretning?",
    "fq.notified_when": "Hvornår (ÅÅÅÅ-MM-DD)?",
    "fq.next_contact": "Næste kontakt (ÅÅÅÅ-MM-DD, tom hvis ingen er aftalt):",
    "fq.bad_date": "Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-12-01.",
    "fq.required": "Skriv et svar.",
    "fq.confirm": "Tilføj opfølgningen til noten?",
    "followup.saved": (
        "Opfølgningen er tilføjet noten {id}. Journalteksten: samtale notes journal {id}"
    ),
    "followup.needs_terminal": (
        "Spørgsmålene kræver en terminal. Brug --answers FIL (se README) uden en terminal."
    ),
    "followup.not_saved": "Intet er gemt.",
    "followup.save_failed": (
        "Opfølgningen blev ikke gemt: {reason}. Dine svar er gemt i en privat kladde; fortsæt, "
        "når det er rettet, med: {command}"
    ),
    "followup.save_failed_no_draft": (
        "Opfølgningen blev ikke gemt: {reason}. Kladden kunne heller ikke gemmes."
    ),
    "followup.save_failed_file": (
        "Opfølgningen blev ikke gemt: {reason}. Svarene står uændret i {path} – kør kommandoen "
        "igen, når det er rettet."
    ),
    "followup.no_draft": (
        "Der er ingen kladde til en opfølgning på {id}. Start med 'samtale notes followup {id}'."
    ),
    "followup.continuing": (
        "Du fortsætter en opfølgning, der ikke blev gemt. Tryk Enter for at beholde et svar."
    ),
    "export.title": "Samtalekort og forberedelse",
    "export.saved": "Gemt: {path}",
    "export.not_encrypted": (
        "Filen er ikke krypteret, selv om noten er. Slet den, når du har printet den."
    ),
    "journal.title": "Kontakt {when}",
    "journal.contact": "Kontaktform: {form}. Forløb: {outcome}.",
    "journal.topics": "Emner: {topics}",
    "journal.agreed": "Aftaler: {agreed}",
    "journal.referrals": "Henvisninger: {referrals}",
    "journal.consent": "Samtykke til videregivelse: {consent}",
    "journal.notified": "Underretning: {notified}",
    "journal.next": "Næste skridt: {next}",
    "journal.none": "ingen",
    "journal.no_consent": "ikke givet",
    "journal.not_notified": "ingen foretaget",
    "journal.notified_on": "foretaget {when}",
    "journal.no_next": "ingen ny kontakt aftalt",
    "journal.next_on": "ny kontakt {when}",
    "prep.old_notes": (
        "{count} noter er ældre end {days} dage. Slet dem med 'samtale notes purge'."
    ),
    "prep.old_notes.one": "1 note er ældre end {days} dage. Slet den med 'samtale notes purge'.",
    # notes
    "help.notes": "Dine private forberedelsesnoter: vis, læs, slet og ryd op.",
    "help.notes.list": "Vis noterne, nyeste først.",
    "help.notes.show": "Læs en note.",
    "help.notes.delete": "Slet en note.",
    "help.notes.purge": "Slet noter, kladder og øvelsessvar, der er ældre end opbevaringsperioden.",
    "help.notes.encrypt": "Kryptér de noter, kladder og øvelsessvar, der stadig ligger ukrypteret.",
    "help.notes.id": "Notens id fra 'samtale notes list' (eller dets første tegn).",
    "help.notes.raw": "Skriv noten som markdown i stedet for at formatere den.",
    "help.notes.card": "Vis kun samtalekortet: den ene side til bordet.",
    "help.notes.due": "Kun noter med næste kontakt inden for 7 dage eller overskredet.",
    "help.notes.followup": "Efter mødet: tilføj, hvad der skete og blev aftalt (dateret afsnit).",
    "help.notes.followup_answers": "Læs svarene fra en YAML-fil i stedet for at spørge.",
    "help.notes.followup_resume": "Fortsæt en opfølgning, der ikke blev gemt (det sker også uden).",
    "help.notes.journal": "Skriv den korte, faktuelle tekst til journalen om seneste opfølgning.",
    "help.notes.export": "Noten som en side til print (html) eller som markdown (md).",
    "help.notes.format": "html (en side til print, kortet på første side) eller md.",
    "help.notes.output": "Gem i en ny fil i stedet for at skrive til skærmen.",
    "help.notes.yes": "Spring bekræftelsen over.",
    "help.notes.older_than": (
        "Slet det, der er ældre end dette, fx 30d eller 2w (standard: opbevaringsperioden)."
    ),
    "notes.none": "Ingen noter i {folder}.",
    "notes.none_due": "Ingen noter har en opfølgning inden for 7 dage eller overskredet.",
    "notes.due_mark": "! {when}",
    "notes.follow_up_ahead": (
        "{count} noter har en aftalt kontakt, der ikke er kommet endnu, og slettes ikke "
        "uden at spørge: {ids}"
    ),
    "notes.follow_up_ahead.one": (
        "1 note har en aftalt kontakt, der ikke er kommet endnu, og slettes ikke uden at "
        "spørge: {ids}"
    ),
    "notes.confirm_purge_ahead": "Slet også dem?",
    "notes.title": "Noter i {folder}",
    "notes.col.id": "id",
    "notes.col.date": "Dato",
    "notes.col.citizen": "Pseudonym",
    "notes.col.region": "Område",
    "notes.col.age_group": "Alder",
    "notes.col.size": "Størrelse",
    "notes.col.next_contact": "Næste kontakt",
    "notes.size": "{kib} KiB",
    "notes.unreadable": "(kan ikke læses: {reason})",
    "notes.not_text": "filen er ikke en note i UTF-8",
    "notes.cannot_open": "Noten {id} kan ikke åbnes: {reason}",
    "notes.unknown_id": "Ingen note har id '{id}'. Se id'erne med 'samtale notes list'.",
    "notes.ambiguous_id": "'{id}' passer på flere noter ({ids}) – skriv flere tegn af id'et.",
    "notes.no_card": "Noten er lavet, før noter fik et samtalekort. Lav en ny med 'samtale prep'.",
    "notes.bad_duration": "Ugyldig alder '{value}'. Skriv fx 30d (dage) eller 2w (uger).",
    "notes.record_reminder": (
        "Husk: det, der har betydning for sagen, hører hjemme i journalen (notatpligt) – "
        "samtale gemmer det ikke for dig."
    ),
    "notes.confirm_delete": "Slet noten {id} fra {date}?",
    "notes.confirm_delete_draft": "Slet kladden {id}? Svarene i den kan ikke hentes igen.",
    "notes.draft_mark": "{citizen} (kladde, {answered} svar)",
    "notes.confirm_purge": "Slet {count} noter og kladder, der er ældre end {days} dage?",
    "notes.confirm_purge.one": "Slet 1 note eller kladde, der er ældre end {days} dage?",
    "notes.needs_yes": "Uden en terminal kan der ikke spørges – tilføj --yes for at slette.",
    "notes.deleted": "Slettet: {id}",
    "notes.purge_none": "Intet er ældre end {days} dage.",
    "notes.purged": "Slettede {count} noter og kladder, der var ældre end {days} dage.",
    "notes.purged.one": "Slettede 1 note eller kladde, der var ældre end {days} dage.",
    # config
    "notes.encrypt_none": "Alt gemt er allerede krypteret.",
    "notes.confirm_encrypt": "Kryptér {count} filer nu? De ukrypterede udgaver slettes.",
    "notes.confirm_encrypt.one": "Kryptér 1 fil nu? Den ukrypterede udgave slettes.",
    "notes.encrypted": "Krypterede {count} filer; ingen ukrypterede udgaver er tilbage.",
    "notes.encrypted.one": "Krypterede 1 fil; ingen ukrypteret udgave er tilbage.",
    "help.config": "Vis og ændr indstillingerne (opbevaring, kryptering, land).",
    "help.config.show": "Vis indstillingerne og hvor de står.",
    "help.config.set": "Ændr en indstilling, fx 'samtale config set retention_days 14'.",
    "help.config.key": "retention_days, encrypt eller country.",
    "help.config.value": "Den nye værdi, fx 14, true eller dk.",
    "config.file": "# {path}",
    "config.saved": "{key} = {value} (gemt i {path})",
    "config.plain_left": (
        "{count} gemte noter, kladder eller øvelsessvar ligger stadig ukrypteret."
    ),
    "config.plain_left.one": "1 gemt note, kladde eller øvelsessvar ligger stadig ukrypteret.",
    "config.encrypt_now": "Kryptér dem nu?",
    "config.encrypt_later": "Kryptér dem med 'samtale notes encrypt'.",
    "config.unreadable": "Kan ikke læse {path}: {reason}.",
    "config.other_owner": (
        "{path} tilhører en anden bruger (uid {uid}), så samtale bruger den ikke. Slet den, eller"
        " gør den til din egen (chown)."
    ),
    "config.too_big": "{path} er for stor til en indstillingsfil (højst {limit} KiB).",
    "config.bad_toml": "{path}: ugyldig TOML: {problem}",
    "config.not_utf8": (
        "{path}: filen er ikke UTF-8-tekst. Ret den, eller skriv den forfra med "
        "'samtale config set NØGLE VÆRDI'."
    ),
    "config.repairing": "Indstillingsfilen var ugyldig ({problem}); den skrives forfra.",
    "config.unknown_key": "{path}: ukendt indstilling '{key}'. Gyldige: {valid}.",
    "config.bad_value": "{path}: {key}: {problem}",
    "config.unknown_setting": "Ukendt indstilling '{key}'{hint} Gyldige: {valid}.",
    "config.bad_setting": "{key}: {problem}",
    "config.bad_retention": "skal være et helt antal dage, 0 eller mere",
    "config.bad_bool": "skal være true eller false",
    "config.bad_path": "skal være en sti til en fil",
    "config.bad_country": "skal være et af {valid}",
    "config.bad_role": "skal være en kort tekst på én linje (højst 80 tegn)",
    # encryption
    "crypto.ask": "Adgangsfrase til dine noter: ",
    "crypto.ask_again": "Gentag adgangsfrasen: ",
    "crypto.no_recovery": (
        "Vælg en adgangsfrase, du kan huske. Glemmer du den, kan ingen – heller ikke samtale – "
        "åbne dine krypterede noter og kladder igen."
    ),
    "crypto.try_again": "Forkert adgangsfrase. Prøv igen ({left} forsøg tilbage).",
    "crypto.mismatch": "De to adgangsfraser er ikke ens. Intet er gemt.",
    "crypto.too_short": "Adgangsfrasen skal have mindst 8 tegn.",
    "crypto.needs_terminal": (
        "Noterne er krypterede, og adgangsfrasen skal skrives i en terminal "
        "(eller ligge i filen, som SAMTALE_PASSPHRASE_FILE peger på)."
    ),
    "crypto.file_unreadable": "Kan ikke læse adgangsfrasen fra {path}: {reason}.",
    "crypto.file_not_utf8": "Adgangsfrasen i {path} er ikke UTF-8-tekst.",
    "crypto.wrong_passphrase": "Forkert adgangsfrase (eller filen er ændret).",
    "crypto.not_sealed": "Filen er ikke krypteret af samtale.",
    "crypto.damaged": "Filen er afkortet eller beskadiget og kan ikke åbnes.",
    "crypto.check_damaged": (
        "{path} er beskadiget. Slet den: den laves igen, når adgangsfrasen åbner en af dine noter."
    ),
    "storage.draft_encrypted": "Kladden {path} er krypteret; slå kryptering til for at åbne den.",
    # practice and reflect
    "help.practice": (
        "Øv dig på cases alene eller i teamet: uden CASE vises listen, med CASE stilles "
        "de seks refleksionsspørgsmål."
    ),
    "help.practice.case": "Casens id fra listen (eller dets første tegn).",
    "help.practice.group": "Skriv casen som et markdown-ark til et teammøde.",
    "help.practice.save": "Gem dine svar privat; undervejs ligger de i en kladde.",
    "help.practice.resume": (
        "Fortsæt svar, der ikke blev gemt (med CASE: den case, ellers den seneste)."
    ),
    "help.reflect": "Et kort tjek af dig selv før samtalen. Svarene gemmes aldrig.",
    "kind.case": "case",
    "practice.title": "Cases til øvelse og teamdrøftelse",
    "practice.col.title": "Case",
    "practice.how": "Start en case med 'samtale practice ID', eller print den med --group.",
    "practice.ambiguous": "'{id}' passer på flere cases ({ids}) – skriv mere af id'et.",
    "practice.needs_terminal": (
        "Øvelsen stiller spørgsmål og kræver en terminal. Brug --group for at printe casen."
    ),
    "practice.q.meet": "Hvordan møder du personen?",
    "practice.q.plan": "Hvordan planlægger du samtalen?",
    "practice.q.support": "Hvilken støtte kan du give?",
    "practice.q.information": "Hvilken information har personen brug for?",
    "practice.q.own_needs": "Hvad har du selv brug for?",
    "practice.q.duties": "Hvad skal du gøre ud fra din rolle og dine pligter?",
    "practice.h.questions": "Spørgsmål til drøftelse",
    "practice.handout_note": "Casen er opdigtet. Skriv aldrig om rigtige borgere på arket.",
    "practice.say": "Sig fx: {text}",
    "practice.refer": "Henvis evt. til: {name}",
    "practice.fact": "Fakta: {title}",
    "practice.remember": "Husk: {text}",
    "practice.saved": "Dine svar er gemt privat: {path}",
    "practice.save_failed": (
        "Svarene blev ikke gemt: {reason}. De er gemt i en privat kladde; fortsæt, når det er "
        "rettet, med: {command}"
    ),
    "practice.save_failed_no_draft": (
        "Svarene blev ikke gemt: {reason}. Kladden kunne heller ikke gemmes."
    ),
    "practice.no_draft": (
        "Der er ingen gemte svar at fortsætte. Start med 'samtale practice CASE --save'."
    ),
    "practice.continuing": (
        "Du fortsætter svar, der ikke blev gemt. Tryk Enter for at beholde et svar."
    ),
    "reflect.intro": (
        "Et par spørgsmål til dig selv før samtalen. Svar ærligt – intet bliver gemt."
    ),
    "reflect.ready": "Du ser ud til at være klar. God samtale.",
    "reflect.not_saved": "Dine svar er ikke gemt.",
    # encryption: a file's identity, the passphrase file, weak passphrases
    "notes.other_note": (
        "filen rummer noten {other} – den er omdøbt eller byttet om med en anden. Intet er ændret."
    ),
    "notes.older_copy": (
        "filen er en ældre udgave (nr. {have}; den nyeste er nr. {want}), så en opfølgning "
        "kan mangle. Intet er ændret; læg den nyeste udgave tilbage."
    ),
    "crypto.file_too_big": "{path} er ikke en fil med en adgangsfrase (mere end {limit} byte).",
    "crypto.weak": (
        "Advarsel: adgangsfrasen er let at gætte ({reason}). "
        "Brug hellere fire-fem ord, der ikke hører sammen."
    ),
    "crypto.weak_short": "kortere end 12 tegn",
    "crypto.weak_repeats": "for få forskellige tegn",
    "crypto.weak_digits": "kun tal",
    "crypto.weak_run": "en række fra alfabetet eller tastaturet",
    "crypto.weak_common": "et ord, der prøves blandt de første",
}
