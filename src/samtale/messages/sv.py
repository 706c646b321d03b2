"""Swedish: every text the user sees, by key."""

MESSAGES: dict[str, str] = {
    # Errors and the exit point
    "interrupted": "Avbrutet. Inget har sparats.",
    "bug": "Oväntat fel ({kind}) – det är ett fel i samtale. Kör igen med --debug för detaljer.",
    "io.failed": "Kunde inte använda {path}: {reason}.",
    "io.failed_no_path": "En fil kunde inte läsas eller skrivas: {reason}.",
    "io.full": "det finns inget utrymme kvar på disken",
    "io.read_only": "filsystemet är skrivskyddat",
    "io.no_access": "du har inte behörighet",
    "io.is_folder": "det är en mapp, inte en fil",
    "io.not_folder": "en del av sökvägen är en fil, inte en mapp",
    "io.too_big": "filen är större än vad som tillåts här",
    "unknown.value": "Okänt värde för {kind}: '{value}'{hint} Giltiga värden: {valid}.",
    "unknown.suggest": " – menade du '{suggestion}'?",
    "unknown.no_suggestion": ".",
    "kind.region": "region",
    "kind.topic": "ämne",
    "kind.context": "sammanhang",
    "kind.group": "målgrupp",
    "kind.service": "stödform",
    "kind.fact_topic": "ämne",
    "kind.country": "land",
    "kind.sign": "tecken",
    "kind.age_group": "åldersgrupp",
    "kind.gender": "kön",
    "kind.nationality": "nationalitet",
    "kind.sector": "sektor",
    "kind.language": "samtalsspråk",
    "region.valid": "ett län ({landsdele}), en landsdel, en kommun eller en större stad",
    "region.other_country": "'{value}' ligger i {name}: använd --country {country}.",
    "country.dk": "Danmark",
    "country.se": "Sverige",
    # Typer's and click's own words, and their errors as one line
    "help.help": "Visa den här hjälpen och avsluta.",
    "usage.prefix": "Användning:",
    "usage.options_metavar": "[ALTERNATIV]",
    "usage.command_metavar": "KOMMANDO [ARGUMENT]...",
    "usage.options": "Alternativ",
    "usage.commands": "Kommandon",
    "usage.arguments": "Argument",
    "usage.default": "[standard: {}]",
    "usage.envvar": "[miljövariabel: {}]",
    "usage.required": "[obligatoriskt]",
    "usage.metavar.text": "VÄRDE",
    "usage.metavar.file": "FIL",
    "usage.metavar.path": "SÖKVÄG",
    "usage.metavar.folder": "MAPP",
    "usage.metavar.number": "TAL",
    "usage.other_language_options": (
        "--fortsæt --gruppe --forældede --kontekst --skabelon --sprog --søg --ydelse --emne "
        "--forfalden --ældre-end"
    ),
    "usage.command_words": (
        "förbered=prep förberedelse=prep fraser=phrases frågor=phrases "
        "stöd=resources verksamheter=resources hjälp=help resurser=resources "
        "utdelning=handout broschyr=handout tecken=signs fakta=facts öva=practice "
        "övning=practice fall=practice reflektion=reflect reflektera=reflect "
        "anteckningar=notes anteckning=notes inställningar=config uppföljning=followup "
        "exportera=export visa=show radera=delete lista=list rensa=purge kryptera=encrypt "
        "sätt=set"
    ),
    "usage.line": "{message} Se '{path} --help'.",
    "usage.no_such_option": "Okänt alternativ {option}.{hint}",
    "usage.did_you_mean": " Menade du {options}?",
    "usage.needs_value": "{option} måste ha ett värde.",
    "usage.extra": "Oväntat extra argument: {args}.",
    "usage.missing": "{name} saknas.",
    "usage.bad_value": "Ogiltigt värde för {name}: {problem}",
    "usage.no_such_command": "Okänt kommando '{name}'.",
    # Help
    "help.app": (
        "Förbered ett neutralt och tryggt samtal med en person som kanske säljer sex eller har "
        "sex mot ersättning: frågor för varje fas, skyldigheter, hänvisningar och en privat "
        "förberedelseanteckning."
    ),
    "help.country": "Landets vägledning och språk: dk (Danmark, standard) eller se (Sverige).",
    "help.no_pager": "Skriv lång text direkt på skärmen, inte genom en pager (less).",
    "help.debug": "Visa hela felspårningen vid oväntade fel (kan innehålla det du har skrivit).",
    "help.version": "Visa versionen och avsluta.",
    "help.help_command": "Visa hjälpen till samtale eller ett kommando, t.ex. 'help resources'.",
    "help.help_command.command": "Kommandot (och ev. underkommandot) som hjälpen ska gälla.",
    "help.help_command.metavar": "[KOMMANDO]...",
    "help.install_completion": "Installera tab-komplettering (bash, zsh, fish; annars ditt skal).",
    "help.show_completion": "Visa kompletteringsskriptet (bash, zsh, fish; utan namn: ditt skal).",
    "completion.installed": "Tab-komplettering för {shell} finns i {path} (i nya terminaler).",
    "completion.unknown_shell": "Kan inte komplettera i skalet '{shell}'. Ange ett av: {valid}.",
    "help.json": "Skriv resultatet som JSON (för skript).",
    "help.phrases": "Neutrala frågor och formuleringar för samtalets faser.",
    "help.phrases.topic": (
        "Samtalets fas eller ämne, t.ex. safety/säkerhet, opening/öppning, children/barn. "
        "Alla: samtale ids topics."
    ),
    "help.phrases.context": (
        "Visa formuleringar för ett sammanhang, t.ex. substance_use/rusmedel. "
        "Alla: samtale ids contexts."
    ),
    "help.phrases.search": "Visa bara formuleringar som innehåller den här texten.",
    "help.phrases.language": (
        "Samtalets språk: sv/svenska eller en/engelska. På engelska står den svenska texten under."
    ),
    "help.resources": "Vem som kan hjälpa i ett område, med kontaktuppgifter och hur gamla de är.",
    "help.handout": (
        "En sida som personen kan ta med sig: den hjälp som finns där hen bor, med "
        "kontaktuppgifter och datum, och hens rättigheter. Inget om personen."
    ),
    "help.handout.region": (
        "Var personen bor: län, kommun eller stad. Utan: bara rikstäckande verksamheter."
    ),
    "help.handout.language": "Sidans språk: sv/svenska eller en/engelska (standard: svenska).",
    "help.handout.output": "Skriv sidan till en ny fil (0600) i stället för att visa den.",
    "help.handout.format": "md (Markdown) eller html (en sida som kan skrivas ut).",
    "help.handout.discreet": "Titel och text säger inte vad sidan handlar om.",
    "handout.written": "Sidan är skriven till {path}.",
    "kind.format": "format",
    "help.resources.region": (
        "Län, landsdel, kommun eller stad, t.ex. stockholm, Norrland, Göteborg. "
        "Rikstäckande verksamheter kommer alltid med."
    ),
    "help.resources.group": (
        "Bara verksamheter för en målgrupp, t.ex. unga, kvinnor, migranter. "
        "Alla: samtale ids groups."
    ),
    "help.resources.service": (
        "Bara verksamheter med en viss stödform, t.ex. stödsamtal, hälsa. "
        "Alla: samtale ids services."
    ),
    "help.resources.stale": (
        "Visa i stället alla kontaktuppgifter som är odaterade eller äldre än --older-than "
        "månader (medföljande och lokala), med källa – för den som håller listan aktuell."
    ),
    "help.resources.older_than": (
        "Hur många månader kontaktuppgifter får vara innan de visas (standard 24)."
    ),
    "help.signs": "Möjliga tecken och möjliga följder – och att de kan betyda något annat.",
    "help.facts": "Lagstiftning, statistik och begrepp, var och en med källa.",
    "help.facts.topic": "law/lag, stats/statistik eller terms/begrepp.",
    "help.facts.sources": "Källorna i sin helhet: dokument, lagstöd, kontrolldatum.",
    "help.ids": "Alla id:n du kan skriva: ämnen, kontexter, tecken, regioner, grupper med mera.",
    "help.ids.kind": "Bara en sort, t.ex. topics, contexts, signs, regions, places, groups.",
    "help.ids.metavar": "[SORT]",
    "kind.ids": "sorts id",
    "ids.kind.topics": "ämnen: --topic, topics i svarsfilen",
    "ids.kind.contexts": "kontexter: --context, contexts i svarsfilen",
    "ids.kind.groups": "målgrupper: resources --group",
    "ids.kind.services": "insatser: resources --service",
    "ids.kind.fact_topics": "ämnen för facts --topic",
    "ids.kind.signs": "tecken och följder: signs i svarsfilen",
    "ids.kind.regions": "län och områden: --region, region i svarsfilen",
    "ids.kind.places": "kommuner och städer som --region också förstår",
    "ids.kind.cases": "fall: practice FALL",
    "ids.kind.age_groups": "åldersgrupper: age_group i svarsfilen",
    "ids.kind.genders": "kön: gender i svarsfilen",
    "ids.kind.nationalities": "medborgarskap: nationality i svarsfilen",
    "ids.kind.sectors": "var du arbetar: sector i svarsfilen",
    "ids.kind.countries": "länder: --country",
    "ids.kind.conversation_languages": "samtalsspråk: --language, conversation_language",
    "ids.kind.settings": "inställningar: config set NYCKEL VÄRDE",
    "help.data": "Underhåll av vägledningsdata.",
    "help.data.check": "Validera alla datafiler och korshänvisningar.",
    "help.data.dir": "Kontrollera en annan datamapp (med en undermapp per land) än den inbyggda.",
    # Data loading and checking
    "data.missing_file": "Datafil saknas: {path}",
    "data.missing_folder": "Datamappen finns inte: {path}",
    "data.yaml_error": "{path}{line}: ogiltig YAML: {problem}",
    "data.not_utf8": "{path}{line}: datafilen är inte sparad som UTF-8.",
    "data.too_deep": "nästlad djupare än {limit} nivåer",
    "data.problem": "{where}: {entry} → {field}: {message}",
    "data.more_problems": " (och {count} fel till – kör 'samtale data check')",
    "data.problem_count": " ({count} fel totalt)",
    "data.ok": (
        "Data i ordning ({folder}): {phrases} formuleringar, {resources} verksamheter, "
        "{signs} tecken, {facts} fakta, {places} kommuner och städer."
    ),
    "check.duplicate_id": "id:t finns redan",
    "check.format_id": "'{value}' är inte ett giltigt id (små bokstäver, siffror och _)",
    "check.format_month": "'{value}' är inte en månad på formen ÅÅÅÅ-MM",
    "check.format_text": "texten är tom",
    "check.control_character": "texten har ett styrtecken (t.ex. ESC) som kan styra terminalen",
    "check.empty_list": "listan får inte vara tom",
    "check.missing_id": "saknar det fasta id:t '{id}'",
    "check.unknown_source": "okänd källa '{doc}' (se sources.yaml)",
    "check.undated_contact": (
        "källan '{doc}' har inget datum; kontaktuppgifter härifrån kan inte dateras"
    ),
    "check.format_day": "'{value}' är inte ett datum på formen ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD",
    "check.as_of_undated_source": "källan '{doc}' saknar datum, så as_of ska vara null (odaterad)",
    "check.as_of_missing": "as_of saknas; källan är daterad {when}",
    "check.as_of_too_new": "as_of är nyare än det som styrker uppgiften ({when})",
    "check.bundled_needs_source": (
        "source (dokument och avsnitt) saknas; bara en lokal fil klarar sig utan"
    ),
    "check.local_only": (
        "'{field}' hör bara hemma i en lokal fil med verksamheter; "
        "här dateras kontaktuppgifter med as_of"
    ),
    "local.not_a_list": "filen ska ha en lista med verksamheter under 'resources:'",
    "local.unreadable": "Kan inte läsa den lokala filen med verksamheter {path}: {reason}",
    "local.too_big": "Den lokala filen med verksamheter {path} är större än {limit} MB",
    "local.not_utf8": "{path}{line}: den lokala filen med verksamheter är inte sparad som UTF-8",
    "local.needs_verified": (
        "verified saknas: datumet då verksamheten senast kontrollerades (ÅÅÅÅ-MM-DD)"
    ),
    "local.verified_future": "verified ({when}) ligger efter i dag",
    "local.needs_verified_by": "verified_by saknas: vem som kontrollerade verksamheten",
    "local.ok": "Lokal fil med verksamheter {path}: {count} verksamheter, inga fel.",
    "local.none": "Ingen lokal fil med verksamheter ({path}).",
    "check.bad_link": "länken '{link}' är inte tillåten – bara http(s)-, tel- och mailto-länkar",
    "check.unknown_tag": "okänd tagg '{tag}' (tecken, sammanhang, åldersgrupp eller kön)",
    "check.route_unknown": "reach_via pekar på '{id}', som inte är en verksamhet",
    "check.route_self": "reach_via pekar på verksamheten själv",
    "check.route_inactive": "reach_via pekar på '{id}', som inte längre är aktiv",
    "check.route_undated": "reach_via pekar på '{id}', som saknar en daterad kontaktuppgift",
    "check.needs_route": (
        "en aktiv verksamhet för invånare utan daterad kontaktuppgift behöver reach_via: "
        "vem man når den genom"
    ),
    "check.unknown_topic": "okänt ämne '{topic}'",
    "check.no_rendering": "formuleringen saknar sin form på {language} (phrases.{language}.yaml)",
    "check.unknown_phrase": "det finns ingen formulering med id '{id}' i phrases.yaml",
    "check.one_per_language": "ska ha exakt en text på språket '{language}'",
    "check.twelve_months": "ska nämna årets tolv månader",
    "check.alias_clash": "stavningen används redan av '{other}'",
    "check.duty_needs": "en skyldighet måste ha law, basis och how_to_tell",
    "check.law_needs_basis": "ett rättsligt faktum måste ha basis (statute, source, web, checked)",
    "check.matched_needs_fits": "note: matched kräver minst en tagg i fits",
    "check.unknown_group": "okänd målgrupp '{id}' (se vocabulary.yaml)",
    "check.unknown_service": "okänd stödform '{id}' (se vocabulary.yaml)",
    "check.unknown_area": "okänt län eller område '{id}'",
    "check.unknown_place": "okänd plats '{name}'",
    "check.lies_in_needs_unstated": (
        "lies_in hör bara till en verksamhet med coverage: unstated (annars säger coverage det)"
    ),
    "check.lies_in_elsewhere": "'{id}' är inte länet för verksamhetens orter ({where})",
    "check.unknown_region": "okänd landsdel '{id}'",
    "check.unknown_pointer": "okänt {kind}-id '{id}'",
    "check.reflections": "ett fall ska ha de sex frågorna i den här ordningen: {expected}",
    "check.place_clash": "namnet pekar också på ett annat område ('{other}')",
    # Shared labels
    "month.1": "januari",
    "month.2": "februari",
    "month.3": "mars",
    "month.4": "april",
    "month.5": "maj",
    "month.6": "juni",
    "month.7": "juli",
    "month.8": "augusti",
    "month.9": "september",
    "month.10": "oktober",
    "month.11": "november",
    "month.12": "december",
    "source.line": "Källa: {publisher}{when} – ”{section}”",
    "tag.under_18": "under 18 år",
    "tag.18_29": "18–29 år",
    "tag.30_plus": "30 år och äldre",
    "tag.unknown": "okänt",
    "tag.woman": "kvinna",
    "tag.man": "man",
    "tag.trans": "transperson",
    "tag.nonbinary": "icke-binär",
    "tag.domestic": "svensk medborgare",
    "tag.foreign": "utländsk medborgare",
    "tag.public": "offentligt anställd",
    "tag.private": "privat organisation eller idéburen verksamhet",
    "contact.phone": "Tfn",
    "contact.web": "Webb",
    "contact.email": "E-post",
    "contact.address": "Adress",
    "contact.age": "Uppgift från {when} ({years} år sedan)",
    "contact.check_first": "– kontrollera före användning",
    "contact.undated": "Källan är inte daterad",
    "contact.source": "Källa: {source}",
    "contact.local_source": "din lokala fil",
    "coverage.national": "hela landet",
    "coverage.unstated": "framgår inte av källorna",
    "coverage.lies_in": "{coverage} (ligger i {where})",
    # phrases
    "phrases.none": "Inga formuleringar passar det du har valt.",
    "phrases.fits": "Passar för: {tags}",
    "phrases.general": "alla",
    "phrases.in_own_language": "Svenska: {text}",
    # resources
    "resources.none": "Inga verksamheter passar det du har valt.",
    "resources.title": "Stödverksamheter",
    "resources.title_for": "Stödverksamheter som täcker {place}",
    "resources.title_national": "Rikstäckande verksamheter",
    "resources.contact": "Kontakt:",
    "resources.offers": "Erbjuder: {offers}",
    "resources.covers": "Täcker: {coverage}",
    "resources.no_contact": (
        "Inga kontaktuppgifter hittade i offentliga källor. Fråga Socialstyrelsen, "
        "som gett ut utbildningsmaterialet (se verksamheterna för yrkesverksamma)."
    ),
    "resources.reach_via": "Nås genom {name}: {note}",
    "resources.local": "Lokal verksamhet – kontrollerad {when} av {who}",
    # resources export/import (the coordinator's spreadsheet)
    "help.resources.format": "Filformat för --stale: text (standard) eller csv (för kalkylark).",
    "help.resources.export": (
        "Skriv hela förteckningen (inbyggda och lokala verksamheter) som kalkylark, en rad "
        "per kontaktuppgift."
    ),
    "help.resources.export.format": "csv (standard) eller xlsx.",
    "help.resources.export.output": "Filen som ska skrivas; den får inte redan finnas.",
    "help.resources.import": (
        "Läs tillbaka ett kalkylark från 'resources export'. Ändrade och nya verksamheter "
        "skrivs i den lokala filen, men bara om alla rader är i ordning."
    ),
    "help.resources.import.file": "Kalkylarket: .csv eller .xlsx.",
    "resources.format_needs_stale": (
        "--format csv hör till --stale; hela förteckningen: 'samtale resources export'."
    ),
    "resources.export.done": "{count} rader skrivna till {path}.",
    "resources.import.problem": "{path}: rad {row}, kolumn {column}: {message}",
    "resources.import.failed": "{count} fel i {path}; ingenting skrevs.",
    "resources.import.nothing": "Kalkylarket ändrar ingenting; den lokala filen är oförändrad.",
    "resources.import.done": (
        "{updated} verksamheter uppdaterade och {added} tillagda i den lokala filen {path}."
    ),
    "resources.import.other_country": (
        "Den lokala filen {path} gäller ett annat land ({country}); ingenting skrevs."
    ),
    "sheet.too_big": "Filen är större än {limit} MB.",
    "sheet.too_many_rows": "Filen har fler än {limit} rader.",
    "sheet.not_utf8": "CSV-filen är inte UTF-8; spara den som 'CSV UTF-8'.",
    "sheet.not_xlsx": "Filen går inte att läsa som ett XLSX-kalkylark.",
    "sheet.missing_column": "kolumnen saknas i rubrikraden",
    "sheet.needs_who": "en ändrad eller ny verksamhet behöver namnet på den som kontrollerade den",
    "sheet.bad_id": "'{value}' är inte ett id (små bokstäver, siffror och _)",
    "sheet.empty": "får inte vara tom",
    "sheet.bad_kind": "'{value}' är inte ett kontaktsätt ({kinds})",
    "sheet.kind_and_value": "kind och value fylls i båda eller ingen av dem",
    "sheet.bad_source": (
        "'{value}' är inte en källa i data på formen 'id: avsnitt'; lämna fältet tomt, så "
        "står verified_by för uppgiften"
    ),
    "sheet.as_of_too_new": (
        "datumet är nyare än källan ({when}); töm source när du själv har kontrollerat det"
    ),
    "sheet.future": "datumet {when} ligger efter i dag",
    "sheet.disagrees": "skiljer sig från rad {row} för samma verksamhet",
    "sheet.new_description": "Verksamhet tillagd från organisationens kalkylark.",
    "resources.stale.title": "Kontaktuppgifter äldre än {months} månader eller odaterade",
    "resources.stale.none": "Inga kontaktuppgifter är äldre än {months} månader eller odaterade.",
    # signs
    "signs.reminder": (
        "Tecken är skäl att fråga – inte slutsatser. Varje tecken kan också ha helt "
        "andra förklaringar."
    ),
    "signs.title.sign": "Möjliga tecken",
    "signs.title.consequence": "Möjliga följder",
    "signs.title.indication": "Fler möjliga riskfaktorer",
    "signs.other": "Kan också betyda: {text}",
    # facts
    "facts.title.law": "Lagstiftning",
    "facts.title.stats": "Statistik",
    "facts.title.terms": "Begrepp",
    "facts.h.sources": "Källor",
    "facts.h.law": "Lagstöd",
    "facts.used_by": "Används av: {items}",
    "date.undated": "odaterad",
    "date.day": "{day} {month} {year}",
    "quote": "”{text}”",
    "law.basis": "{statute}; {in_force}; kontrollerad {checked} mot {source} ({web})",
    "law.in_force": "gäller från {date}",
    "law.in_force_unknown": "ikraftträdande inte bekräftat",
    "law.unconfirmed": "Inte bekräftat: {text}",
    # Privacy
    "privacy.cpr_found": (
        "Texten ser ut att innehålla ett danskt CPR-nummer. Det får aldrig stå i en "
        "förberedelseanteckning – använd initialer eller en pseudonym och ta bort numret."
    ),
    "privacy.personnummer_found": (
        "Texten ser ut att innehålla ett personnummer. Det får aldrig stå i en "
        "förberedelseanteckning – använd initialer eller en pseudonym och ta bort numret."
    ),
    "privacy.not_shown": "visas inte – liknar ett personnummer eller CPR-nummer",
    "privacy.phone_hint": (
        "Är det ett telefonnummer, skriv tfn före det, t.ex. tfn 070-123 45 67 "
        "eller tfn 12 34 56 78."
    ),
    "storage.cloud": (
        "Anteckningen sparas inte: {folder} ligger i en mapp som synkroniseras till molnet "
        "('{part}'). Sätt SAMTALE_HOME till en lokal mapp, eller använd --stdout."
    ),
    "storage.work_tree": (
        "Anteckningen sparas inte: {folder} ligger i ett {tool}-arbetsträd ({repo}) där den kan "
        "bli delad. Sätt SAMTALE_HOME till en annan mapp, eller använd --stdout."
    ),
    "storage.cloud_output": (
        "Filen sparas inte: {folder} synkroniseras till molnet ('{part}'). Ge --output en "
        "sökväg utanför den mappen, till exempel i din hemmapp."
    ),
    "storage.work_tree_output": (
        "Filen sparas inte: {folder} ligger i ett {tool}-arbetsträd ({repo}) där den kan bli "
        "delad. Ge --output en sökväg utanför den mappen, till exempel i din hemmapp."
    ),
    "storage.no_free_name": "Kunde inte hitta ett ledigt filnamn i {folder}.",
    "storage.no_folder": "Mappen {folder} finns inte.",
    "storage.exists": "{path} finns redan; välj ett annat namn (inget skrevs över).",
    "storage.bad_draft": "Utkastet {path} kan inte läsas. Radera det och börja om.",
    "drafts.starting_afresh": (
        "{problem} Här börjar frågorna om, och utkastet ersätts vid första svaret."
    ),
    # Answers files
    "drafts.bad_id": "'{id}' är inte id:t för ett utkast.",
    "drafts.unknown": "Det finns inget utkast med id '{id}'.",
    "answers.not_mapping": "{origin}: svaren ska vara en YAML-tabell med fält som citizen.",
    "answers.unknown_key": "okänt fält '{key}'. Giltiga fält: {valid}.",
    "answers.missing_key": "fältet '{key}' saknas.",
    "answers.more_problems": (
        "{origin}: ytterligare {count} fel visas inte; rätta de visade och kör igen."
    ),
    "answers.bad_value": "fältet '{key}' är ogiltigt: {problem}.",
    "answers.problem.string_too_short": "det får inte vara tomt",
    "answers.problem.string_too_long": "det är för långt (initialer eller en kort pseudonym)",
    "text.too_long": "texten är för lång: högst {limit} tecken",
    "answers.problem.string_type": "det ska stå en text",
    "answers.problem.list_type": "det ska stå en lista, t.ex. [a, b]",
    "answers.problem.dict_type": "det ska stå en tabell med id: text",
    "answers.problem.enum": "giltiga värden: {expected}",
    "answers.problem.date": "skriv ett datum som 2026-12-01",
    # prep
    "help.prep": "Förbered ett samtal: frågeformulär → samtalsplan → privat anteckning.",
    "help.prep.answers": "Läs svaren från en YAML-fil (- är standard-in) i stället för att fråga.",
    "help.prep.stdout": "Skriv anteckningen på skärmen i stället för att spara den.",
    "help.prep.resume": (
        "Fortsätt ett utkast: det enda, det med id:t UTKAST, eller välj i en lista."
    ),
    "help.prep.draft.metavar": "[UTKAST]",
    "help.config.key.metavar": "NYCKEL",
    "help.config.value.metavar": "VÄRDE",
    "help.resources.months.metavar": "MÅNADER",
    "help.practice.case.metavar": "FALL",
    "help.prep.draft": "Id:t för utkastet som ska fortsättas (se 'samtale notes list').",
    "help.prep.template": (
        "Skriv en svarsfil med alla fält och giltiga id:n att fylla i (> answers.yaml)."
    ),
    "template.head": (
        "Svar till 'samtale prep --answers FIL'. Fyll i det du vet; resten kan stå kvar."
    ),
    "template.ids": (
        "Alla giltiga id:n med förklaring: 'samtale ids'. Skriv aldrig namn eller personnummer."
    ),
    "template.text": "fri text",
    "template.valid_below": "– giltiga id:n nedan",
    "template.see_ids": "(se 'samtale ids {kind}')",
    "template.role": "din roll, t.ex. boendestödjare",
    "template.citizen": "måste fyllas i: initialer eller en pseudonym",
    "template.region": "län, kommun eller stad",
    "template.signs": 'tecken-id: det du har sett, t.ex. lonely_busy_phone: "…"',
    "template.contexts": "lista, t.ex. [substance_use, homelessness]",
    "template.other_explanations": "andra möjliga förklaringar till det du har sett",
    "template.topics": "samtalets faser (standard: alla sex)",
    "prep.answers_or_resume": "Använd antingen --answers eller --resume, inte båda.",
    "prep.your_answers": "dina svar",
    "prep.stdin": "standard-in",
    "prep.cannot_read": "Kan inte läsa svarsfilen {path}: {reason}.",
    "prep.bad_yaml": "{path}{line}: svarsfilen är inte giltig YAML.",
    "prep.answers_too_big": "Svarsfilen {path} är för stor: en svarsfil är högst {limit} KiB.",
    "prep.not_utf8": "{path}{line}: svarsfilen är inte sparad som UTF-8. Spara den som UTF-8.",
    "prep.too_deep": "{path}{line}: svarsfilen är nästlad djupare än {limit} nivåer.",
    "prep.no_draft": "Det finns inget utkast att fortsätta från. Börja med 'samtale prep'.",
    "prep.needs_terminal": (
        "'samtale prep' ställer frågor och kräver en terminal. "
        "Använd 'samtale prep --answers FIL' i skript."
    ),
    "prep.welcome": (
        "Förberedelse av ett samtal. Skriv bara det du behöver – aldrig namn eller "
        "personnummer. Ctrl-C avbryter; dina svar sparas då som utkast."
    ),
    "prep.saved": "Anteckningen är sparad privat: {path}",
    "prep.next": (
        "Anteckningens id: {id}\n"
        "  Kortet till bordet:  samtale notes show {id} --card\n"
        "  För utskrift:        samtale notes export {id} --output {id}.html\n"
        "  Efter mötet:         samtale notes followup {id}"
    ),
    "prep.interrupted_picking": (
        "Avbrutet. Inget utkast har ändrats; alla finns kvar. Fortsätt med: samtale prep --resume"
    ),
    "prep.discarded": "Svaren är kastade och utkastet är raderat. Inget har sparats.",
    "prep.kept": "Dina svar är sparade som ett privat utkast. Fortsätt med: {command}",
    "prep.interrupted_draft": (
        "Avbrutet. Dina svar är sparade som ett privat utkast. Fortsätt med: {command}"
    ),
    "prep.interrupted_no_draft": "Avbrutet. Utkastet sparades inte: {reason}",
    "prep.save_failed": (
        "Anteckningen sparades inte: {reason}. Dina svar finns i utkastet; "
        "åtgärda det och fortsätt med: {command}"
    ),
    "prep.save_failed_no_draft": (
        "Anteckningen sparades inte: {reason}. Utkastet kunde inte heller sparas."
    ),
    "prep.save_failed_file": (
        "Anteckningen sparades inte: {reason}. Svaren finns kvar i {path} – kör kommandot "
        "igen när det är åtgärdat."
    ),
    "prep.pick_draft": "Vilket utkast vill du fortsätta?",
    "prep.draft_line": "{date} · {citizen} · {place} · {done} av {total} svar",
    "prep.fix_in_draft": "{problem} Dina svar finns i utkastet – ändra svaret med: {command}",
    "prep.printed_draft_kept": (
        "Anteckningen är bara utskriven på skärmen; utkastet finns kvar. Spara den med "
        "'{command}', eller radera utkastet med 'samtale notes delete {id}'."
    ),
    "prep.so_far": "Det här har du svarat hittills:",
    "prep.remember_role": "Ska '{role}' vara din roll som standard nästa gång?",
    "prep.role_remembered": "Du kan alltid ändra den med 'samtale config set role …'.",
    "storage.full": "det finns inget utrymme kvar på disken ({folder})",
    "storage.read_only": "mappen är skrivskyddad ({folder})",
    "storage.no_access": "du har inte behörighet att skriva i {folder}",
    "storage.too_big": "filen är större än vad som tillåts här ({folder})",
    "storage.os_error": "{reason} ({folder})",
    # Questions
    "q.role": "Din roll (t.ex. boendestödjare):",
    "q.citizen": "Initialer eller pseudonym för personen (aldrig namn eller personnummer):",
    "q.citizen.required": "Skriv initialer eller en pseudonym.",
    "q.citizen.too_long": "Högst 40 tecken – initialer eller en kort pseudonym räcker.",
    "q.age_group": "Ålder:",
    "q.gender": "Kön:",
    "q.nationality": "Nationalitet:",
    "q.region": "Var bor personen? (län, landsdel, kommun eller stad – Enter hoppar över)",
    "q.region.unknown_near": "Känner inte till platsen '{value}'{hint}",
    "q.region.unknown": "Känner inte till platsen – prova en kommun, en stad eller ett län.",
    "q.signs": "Vad har du lagt märke till? (tecken kan också betyda något annat)",
    "q.sign_text": "{sign} – vad såg eller hörde du? (med dina egna ord, Enter hoppar över)",
    "q.contexts": "Vad vet du i övrigt om personens situation?",
    "q.other_explanations": "Vilka andra förklaringar kan det finnas till det du har sett?",
    "q.topics": "Vilka delar av samtalet vill du förbereda?",
    "q.conversation_language": "Vilket språk förs samtalet på?",
    "q.conversation_language.en": "engelska (formuleringarna på engelska, med svenska under)",
    "q.conversation_language.interpreter": "ett annat språk, via en professionell tolk",
    "q.summary.with_interpreter": ", med tolk",
    "q.review": "Vad vill du göra?",
    "q.review.save": "Skapa anteckningen och spara den",
    "q.review.change": "Ändra ett svar",
    "q.review.keep": "Spara som utkast och sluta (fortsätt senare)",
    "q.review.discard": "Kasta svaren",
    "q.change": "Vilket svar vill du ändra?",
    "q.discard_sure": "Kasta alla svar? Det går inte att ångra.",
    "q.yes": "Ja",
    "q.no": "Nej",
    "q.yes_keys": "jJyY",
    "q.no_keys": "nN",
    "q.confirm_yes": "(Enter/j = ja, n = nej)",
    "q.confirm_no": "(j = ja, Enter/n = nej)",
    "q.select_help": "(piltangenter och Enter)",
    "q.checkbox_help": "(mellanslag väljer, Enter går vidare)",
    "q.checked_none": "inget valt",
    "q.checked_count": "{count} valda",
    "q.summary.title": "\nDina svar",
    "q.summary.line": "  {number}. {name}: {value}",
    "q.summary.item": "\n       – {label}{said}",
    "q.summary.said": ": ”{text}”",
    "q.summary.none": "inget",
    "q.name.role": "Din roll",
    "q.name.citizen": "Pseudonym",
    "q.name.age_group": "Ålder",
    "q.name.gender": "Kön",
    "q.name.nationality": "Nationalitet",
    "q.name.region": "Plats",
    "q.name.signs": "Det du har lagt märke till",
    "q.name.contexts": "Situation",
    "q.name.other_explanations": "Andra förklaringar",
    "q.name.topics": "Samtalets delar",
    "q.name.conversation_language": "Samtalets språk",
    # The note
    "card.title": "Samtalskort",
    "card.intro": "Att ha på bordet under mötet.",
    "card.duty_first": "Först – berätta om din skyldighet, {law}:",
    "card.duty": "Din skyldighet, {law}:",
    "card.opener": "Börja med:",
    "card.opener_permission": "Fråga först om det är okej:",
    "card.questions": "Frågor, fas för fas",
    "card.referrals": "Hänvisa till",
    "card.agreed": "Det vi kom överens om",
    "card.blank.agreed": "Vi kom överens om:",
    "card.blank.referred": "Hänvisad till:",
    "card.blank.next_contact": "Nästa kontakt (datum):",
    "card.blank.safe_contact": "Säkert sätt att nå personen:",
    "note.title": "Förberedelse av samtal med {citizen}",
    "note.date": "Datum",
    "note.role": "Min roll",
    "note.citizen": "Person (pseudonym)",
    "note.age_group": "Ålder",
    "note.area": "Område",
    "note.not_given": "inte angivet",
    "note.language": "Samtalets språk",
    "note.interpreter": "Tolk",
    "note.interpreter_yes": "ja, en professionell tolk deltar",
    "language.da": "danska",
    "language.sv": "svenska",
    "language.en": "engelska",
    "note.banner": (
        "**Privat förberedelseanteckning – inte en journalanteckning.** Radera den när "
        "samtalet är genomfört. Det som har betydelse för ärendet ska dokumenteras enligt "
        "reglerna om dokumentation."
    ),
    "note.h.observations": "Iakttagelser",
    "note.observations_intro": ("Det du har lagt märke till är skäl att fråga – inte slutsatser."),
    "note.not_described": "inte beskrivet",
    "note.no_observations": "Inga tecken valda.",
    "note.h.other_explanations": "Andra möjliga förklaringar",
    "note.fill_in": "Skriv här vad det annars kan bero på.",
    "note.h.checklist": "Förberedelse och skyldigheter",
    "note.how_to_tell": "Så kan du säga det till personen",
    "note.conversation_in": "Säg det på {language}; den svenska texten står under.",
    "note.h.conversation": "Samtalsplan",
    "note.h.referrals": "Möjligheter till hänvisning",
    "note.no_referrals": "Inga verksamheter i källorna passar området och situationen.",
    "note.handout": (
        "Till personen: `{command}` ger en sida om hjälpen i området och inget om personen "
        "(`--discreet` döljer ämnet)."
    ),
    "note.h.for_you": "För dig som yrkesperson",
    "note.contact": "{label}: {value}{note} (uppgift från {when}{years})",
    "note.contact_bare": "{label}: {value}{note}",
    "note.contact_undated": "{label}: {value}{note} (källan är inte daterad)",
    "card.reach_via": "nås genom {name} – {contact}",
    "note.reach_via": "Nås genom {name}: {note} – {contact}",
    "note.contact_doubtful": "– gammal uppgift, kontrollera före användning",
    "note.years_old": ", {years} år sedan",
    "note.h.facts": "Fakta att ha till hands",
    "note.h.follow_up": "Uppföljning",
    "note.follow_up.on_card": ("Det ni kom överens om och nästa kontakt: skriv det på kortet."),
    "note.follow_up.consent_to_share": (
        "Det här får jag dela, och med vem (personens eget samtycke):"
    ),
    "note.follow_up.case_record": (
        "Det här ska dokumenteras i journalen (dokumentationsskyldighet):"
    ),
    "note.h.sources": "Källor",
    "note.referrals_on_card": "På kortet: {names}.",
    "note.referrals_more": "Fler som passar: {names}.",
    "note.facts_elsewhere": "Fakta om lag, statistik och begrepp: `{command}`.",
    "note.questions_on_card": "Frågorna till varje fas står på kortet.",
    "note.local_short": "lokal verksamhet",
    "note.no_contact": "inga kontaktuppgifter i källorna; fråga Socialstyrelsen",
    "note.more_explanations": "Andra möjliga förklaringar till {count} av tecknen: `{command}`.",
    "note.also_chosen": "Också valda, utan egna ord: {signs}",
    "note.conversation_card": "Efter kortets frågor, i varje fas:",
    "note.more_steps": (
        "{count} steg till passar situationen men har utelämnats för att hålla anteckningen "
        "kort; de viktigaste står överst."
    ),
    "note.more": "Allt som utelämnas här: `{facts}`, `{phrases}`, `{signs}`, `{resources}`.",
    "sources.law": "{source} ({web})",
    "sources.local": "Din lokala fil med verksamheter: {offers}",
    "sources.local_offer": "{name}, kontrollerad {when} av {who}",
    "sources.law_checked": "Lagstödet {marks} är kontrollerat {checked}.",
    "sources.law_all_open": (
        "Lagstödet {marks} är kontrollerat {checked}; något är inte bekräftat: se `{command}`."
    ),
    "sources.law_open": "Inte bekräftat för {marks}: se `{command}`.",
    # after the meeting: follow-ups and the journal text
    "followup.heading": "Efter mötet: {when}",
    "followup.l.outcome": "Kontakt",
    "followup.l.topics": "Vi pratade om",
    "followup.l.agreed": "Överenskommet",
    "followup.l.referrals": "Hänvisad till",
    "followup.l.consent": "Samtycke till att dela",
    "followup.l.safe_contact": "Säkert sätt att nå personen",
    "followup.l.notified": "Orosanmälan",
    "followup.l.next_contact": "Nästa kontakt",
    "followup.outcome.held": "samtalet blev av",
    "followup.outcome.postponed": "samtalet sköts upp",
    "followup.outcome.declined": "personen tackade nej till samtalet",
    "followup.form.in_person": "personligt möte",
    "followup.form.phone": "telefon",
    "followup.form.video": "video",
    "followup.form.written": "skriftligt (sms, mejl eller brev)",
    "followup.none": "inget angivet",
    "followup.no_consent": "inget samtycke givet",
    "followup.not_notified": "ingen",
    "followup.notified_on": "gjord {when}",
    "followup.no_next": "ingen bestämd",
    "followup.none_yet": (
        "Anteckningen har ingen uppföljning än. Lägg till en med 'samtale notes followup ID'."
    ),
    "fq.outcome": "Blev samtalet av?",
    "fq.contact_form": "Hur hade ni kontakt?",
    "fq.contact_date": "När (datum, ÅÅÅÅ-MM-DD)?",
    "fq.topics": "Vad pratade ni om? (kort, skilj med komma; inga namn)",
    "fq.agreed": "Vad kom ni överens om?",
    "fq.referrals": "Vilka verksamheter hänvisade du till?",
    "fq.other": "Annat",
    "fq.referrals_other": "Vilka andra (skilj med komma)?",
    "fq.consent": "Gav personen samtycke till att du delar uppgifter?",
    "fq.consent_with": "Vad får du dela, och med vem?",
    "fq.safe_contact": "Hur kan du nå personen säkert (t.ex. bara sms, inte på kvällen)?",
    "fq.notified": "Har du gjort en orosanmälan?",
    "fq.notified_when": "När (ÅÅÅÅ-MM-DD)?",
    "fq.next_contact": "Nästa kontakt (ÅÅÅÅ-MM-DD, tomt om ingen är bestämd):",
    "fq.bad_date": "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-12-01.",
    "fq.required": "Skriv ett svar.",
    "fq.confirm": "Lägga till uppföljningen i anteckningen?",
    "followup.saved": (
        "Uppföljningen är tillagd i anteckningen {id}. Journaltexten: samtale notes journal {id}"
    ),
    "followup.needs_terminal": (
        "Frågorna kräver en terminal. Använd --answers FIL (se README) utan en terminal."
    ),
    "followup.not_saved": "Inget har sparats.",
    "followup.save_failed": (
        "Uppföljningen sparades inte: {reason}. Dina svar finns i ett privat utkast; fortsätt, "
        "när det är åtgärdat, med: {command}"
    ),
    "followup.save_failed_no_draft": (
        "Uppföljningen sparades inte: {reason}. Utkastet kunde inte heller sparas."
    ),
    "followup.save_failed_file": (
        "Uppföljningen sparades inte: {reason}. Svaren finns kvar oförändrade i {path} – kör "
        "kommandot igen när det är åtgärdat."
    ),
    "followup.no_draft": (
        "Det finns inget utkast till en uppföljning av {id}. Börja med 'samtale notes followup "
        "{id}'."
    ),
    "followup.continuing": (
        "Du fortsätter en uppföljning som inte sparades. Tryck Enter för att behålla ett svar."
    ),
    "export.title": "Samtalskort och förberedelse",
    "export.saved": "Sparad: {path}",
    "export.not_encrypted": (
        "Filen är inte krypterad, fast anteckningen är det. Radera den när du har skrivit ut den."
    ),
    "journal.title": "Kontakt {when}",
    "journal.contact": "Kontaktform: {form}. Förlopp: {outcome}.",
    "journal.topics": "Ämnen: {topics}",
    "journal.agreed": "Överenskommelser: {agreed}",
    "journal.referrals": "Hänvisningar: {referrals}",
    "journal.consent": "Samtycke till att lämna ut uppgifter: {consent}",
    "journal.notified": "Orosanmälan: {notified}",
    "journal.next": "Nästa steg: {next}",
    "journal.none": "inga",
    "journal.no_consent": "inte givet",
    "journal.not_notified": "ingen gjord",
    "journal.notified_on": "gjord {when}",
    "journal.no_next": "ingen ny kontakt bestämd",
    "journal.next_on": "ny kontakt {when}",
    "prep.old_notes": (
        "{count} anteckningar är äldre än {days} dagar. Radera dem med 'samtale notes purge'."
    ),
    "prep.old_notes.one": (
        "1 anteckning är äldre än {days} dagar. Radera den med 'samtale notes purge'."
    ),
    # notes
    "help.notes": "Dina privata förberedelseanteckningar: visa, läs, radera och rensa.",
    "help.notes.list": "Visa anteckningarna, nyaste först.",
    "help.notes.show": "Läs en anteckning.",
    "help.notes.delete": "Radera en anteckning.",
    "help.notes.purge": "Radera anteckningar och utkast som är äldre än lagringstiden.",
    "help.notes.encrypt": "Kryptera anteckningar, utkast och övningssvar som ännu är okrypterade.",
    "help.notes.id": "Anteckningens id från 'samtale notes list' (eller dess första tecken).",
    "help.notes.raw": "Skriv anteckningen som markdown i stället för att formatera den.",
    "help.notes.card": "Visa bara samtalskortet: den enda sidan att ha på bordet.",
    "help.notes.due": "Bara anteckningar med nästa kontakt inom 7 dagar eller försenad.",
    "help.notes.followup": "Efter mötet: lägg till vad som hände och vad ni kom överens om.",
    "help.notes.followup_answers": "Läs svaren från en YAML-fil i stället för att fråga.",
    "help.notes.followup_resume": (
        "Fortsätt en uppföljning som inte sparades (det sker också utan)."
    ),
    "help.notes.journal": "Den korta, sakliga texten till journalen om senaste uppföljningen.",
    "help.notes.export": "Anteckningen som en sida för utskrift (html) eller som markdown (md).",
    "help.notes.format": "html (en sida för utskrift, kortet på första sidan) eller md.",
    "help.notes.output": "Spara i en ny fil i stället för att skriva till skärmen.",
    "help.notes.yes": "Hoppa över bekräftelsen.",
    "help.notes.older_than": (
        "Radera det som är äldre än så, t.ex. 30d eller 2w (standard: lagringstiden)."
    ),
    "notes.none": "Inga anteckningar i {folder}.",
    "notes.none_due": "Inga anteckningar har en uppföljning inom 7 dagar eller försenad.",
    "notes.due_mark": "! {when}",
    "notes.follow_up_ahead": (
        "{count} anteckningar har en bestämd kontakt som inte har varit än och raderas inte "
        "utan att fråga: {ids}"
    ),
    "notes.follow_up_ahead.one": (
        "1 anteckning har en bestämd kontakt som inte har varit än och raderas inte utan "
        "att fråga: {ids}"
    ),
    "notes.confirm_purge_ahead": "Radera dem också?",
    "notes.title": "Anteckningar i {folder}",
    "notes.col.id": "id",
    "notes.col.date": "Datum",
    "notes.col.citizen": "Pseudonym",
    "notes.col.region": "Område",
    "notes.col.age_group": "Ålder",
    "notes.col.size": "Storlek",
    "notes.col.next_contact": "Nästa kontakt",
    "notes.size": "{kib} KiB",
    "notes.unreadable": "(kan inte läsas: {reason})",
    "notes.not_text": "filen är ingen anteckning i UTF-8",
    "notes.cannot_open": "Anteckningen {id} kan inte öppnas: {reason}",
    "notes.unknown_id": "Ingen anteckning har id '{id}'. Se id:na med 'samtale notes list'.",
    "notes.ambiguous_id": (
        "'{id}' passar in på flera anteckningar ({ids}) – skriv fler tecken av id:t."
    ),
    "notes.no_card": (
        "Anteckningen gjordes innan anteckningar fick ett samtalskort. "
        "Gör en ny med 'samtale prep'."
    ),
    "notes.bad_duration": (
        "Ogiltig tidsangivelse '{value}'. Skriv t.ex. 30d (dagar) eller 2w (veckor)."
    ),
    "notes.record_reminder": (
        "Kom ihåg: det som har betydelse för ärendet ska dokumenteras i journalen "
        "(dokumentationsskyldighet) – samtale sparar det inte åt dig."
    ),
    "notes.confirm_delete": "Radera anteckningen {id} från {date}?",
    "notes.confirm_delete_draft": "Radera utkastet {id}? Svaren i det går inte att få tillbaka.",
    "notes.draft_mark": "{citizen} (utkast, {answered} svar)",
    "notes.confirm_purge": ("Radera {count} anteckningar och utkast som är äldre än {days} dagar?"),
    "notes.confirm_purge.one": "Radera 1 anteckning eller utkast som är äldre än {days} dagar?",
    "notes.needs_yes": "Utan en terminal går det inte att fråga – lägg till --yes för att radera.",
    "notes.deleted": "Raderad: {id}",
    "notes.purge_none": "Inget är äldre än {days} dagar.",
    "notes.purged": "Raderade {count} anteckningar och utkast som var äldre än {days} dagar.",
    "notes.purged.one": "Raderade 1 anteckning eller utkast som var äldre än {days} dagar.",
    # config
    "notes.encrypt_none": "Allt sparat är redan krypterat.",
    "notes.confirm_encrypt": "Kryptera {count} filer nu? De okrypterade versionerna raderas.",
    "notes.confirm_encrypt.one": "Kryptera 1 fil nu? Den okrypterade versionen raderas.",
    "notes.encrypted": "Krypterade {count} filer; inga okrypterade versioner finns kvar.",
    "notes.encrypted.one": "Krypterade 1 fil; ingen okrypterad version finns kvar.",
    "help.config": "Visa och ändra inställningarna (lagring, kryptering, land).",
    "help.config.show": "Visa inställningarna och var de är sparade.",
    "help.config.set": "Ändra en inställning, t.ex. 'samtale config set retention_days 14'.",
    "help.config.key": "retention_days, encrypt eller country.",
    "help.config.value": "Det nya värdet, t.ex. 14, true eller se.",
    "config.file": "# {path}",
    "config.saved": "{key} = {value} (sparat i {path})",
    "config.plain_left": (
        "{count} sparade anteckningar, utkast eller övningssvar är fortfarande okrypterade."
    ),
    "config.plain_left.one": (
        "1 sparad anteckning, utkast eller övningssvar är fortfarande okrypterat."
    ),
    "config.encrypt_now": "Kryptera dem nu?",
    "config.encrypt_later": "Kryptera dem med 'samtale notes encrypt'.",
    "config.unreadable": "Kan inte läsa {path}: {reason}.",
    "config.other_owner": (
        "{path} ägs av en annan användare (uid {uid}), så samtale använder den inte. Ta bort den,"
        " eller gör den till din egen (chown)."
    ),
    "config.too_big": "{path} är för stor för en inställningsfil (högst {limit} KiB).",
    "config.bad_toml": "{path}: ogiltig TOML: {problem}",
    "config.not_utf8": (
        "{path}: filen är inte UTF-8-text. Rätta den, eller skriv om den med "
        "'samtale config set NYCKEL VÄRDE'."
    ),
    "config.repairing": "Inställningsfilen var ogiltig ({problem}); den skrivs om.",
    "config.unknown_key": "{path}: okänd inställning '{key}'. Giltiga: {valid}.",
    "config.bad_value": "{path}: {key}: {problem}",
    "config.unknown_setting": "Okänd inställning '{key}'{hint} Giltiga: {valid}.",
    "config.bad_setting": "{key}: {problem}",
    "config.bad_retention": "måste vara ett helt antal dagar, 0 eller fler",
    "config.bad_bool": "måste vara true eller false",
    "config.bad_path": "måste vara en sökväg till en fil",
    "config.bad_country": "måste vara ett av {valid}",
    "config.bad_role": "ska vara en kort text på en rad (högst 80 tecken)",
    # encryption
    "crypto.ask": "Lösenfras för dina anteckningar: ",
    "crypto.ask_again": "Upprepa lösenfrasen: ",
    "crypto.no_recovery": (
        "Välj en lösenfras som du kan komma ihåg. Glömmer du den kan ingen – inte heller "
        "samtale – öppna dina krypterade anteckningar och utkast igen."
    ),
    "crypto.try_again": "Fel lösenfras. Försök igen ({left} försök kvar).",
    "crypto.mismatch": "De två lösenfraserna stämmer inte överens. Inget har sparats.",
    "crypto.too_short": "Lösenfrasen måste ha minst 8 tecken.",
    "crypto.needs_terminal": (
        "Anteckningarna är krypterade, och lösenfrasen måste skrivas i en terminal "
        "(eller finnas i filen som SAMTALE_PASSPHRASE_FILE pekar på)."
    ),
    "crypto.file_unreadable": "Kan inte läsa lösenfrasen från {path}: {reason}.",
    "crypto.file_not_utf8": "Lösenfrasen i {path} är inte UTF-8-text.",
    "crypto.wrong_passphrase": "Fel lösenfras (eller så har filen ändrats).",
    "crypto.not_sealed": "Filen är inte krypterad av samtale.",
    "crypto.damaged": "Filen är avkortad eller skadad och kan inte öppnas.",
    "crypto.check_damaged": (
        "{path} är skadad. Radera den: den skapas igen när lösenfrasen öppnar en av dina "
        "anteckningar."
    ),
    "storage.draft_encrypted": "Utkastet {path} är krypterat; slå på kryptering för att öppna det.",
    # practice and reflect
    "help.practice": (
        "Öva på fall ensam eller i teamet: utan FALL visas listan, med FALL ställs "
        "de sex reflektionsfrågorna."
    ),
    "help.practice.case": "Fallets id från listan (eller dess första tecken).",
    "help.practice.group": "Skriv fallet som ett diskussionsunderlag i markdown för ett teammöte.",
    "help.practice.save": "Spara dina svar privat; under tiden ligger de i ett utkast.",
    "help.practice.resume": (
        "Fortsätt svar som inte sparades (med FALL: det fallet, annars det senaste)."
    ),
    "help.reflect": "En kort avstämning med dig själv före samtalet. Svaren sparas aldrig.",
    "kind.case": "fall",
    "practice.title": "Fall för övning och diskussion i teamet",
    "practice.col.title": "Fall",
    "practice.how": "Starta ett fall med 'samtale practice ID', eller skriv ut det med --group.",
    "practice.ambiguous": "'{id}' passar in på flera fall ({ids}) – skriv mer av id:t.",
    "practice.needs_terminal": (
        "Övningen ställer frågor och kräver en terminal. Använd --group för att skriva ut fallet."
    ),
    "practice.q.meet": "Hur möter du personen?",
    "practice.q.plan": "Hur planerar du samtalet?",
    "practice.q.support": "Vilket stöd kan du ge?",
    "practice.q.information": "Vilken information behöver personen?",
    "practice.q.own_needs": "Vad behöver du själv?",
    "practice.q.duties": "Vad behöver du göra utifrån din roll och dina skyldigheter?",
    "practice.h.questions": "Frågor att diskutera",
    "practice.handout_note": "Fallet är påhittat. Skriv aldrig om verkliga personer i underlaget.",
    "practice.say": "Säg t.ex.: {text}",
    "practice.refer": "Hänvisa eventuellt till: {name}",
    "practice.fact": "Fakta: {title}",
    "practice.remember": "Kom ihåg: {text}",
    "practice.saved": "Dina svar är sparade privat: {path}",
    "practice.save_failed": (
        "Svaren sparades inte: {reason}. De finns i ett privat utkast; fortsätt, när det är "
        "åtgärdat, med: {command}"
    ),
    "practice.save_failed_no_draft": (
        "Svaren sparades inte: {reason}. Utkastet kunde inte heller sparas."
    ),
    "practice.no_draft": (
        "Det finns inga osparade svar att fortsätta. Börja med 'samtale practice FALL --save'."
    ),
    "practice.continuing": (
        "Du fortsätter svar som inte sparades. Tryck Enter för att behålla ett svar."
    ),
    "reflect.intro": (
        "Några frågor till dig själv före samtalet. Svara ärligt – ingenting sparas."
    ),
    "reflect.ready": "Du verkar vara redo. Lycka till med samtalet.",
    "reflect.not_saved": "Dina svar har inte sparats.",
    # encryption: a file's identity, the passphrase file, weak passphrases
    "notes.other_note": (
        "filen innehåller anteckningen {other} – den har bytt namn eller bytts ut mot en "
        "annan. Inget har ändrats."
    ),
    "notes.older_copy": (
        "filen är en äldre version (nr {have}; den senaste är nr {want}), så en uppföljning "
        "kan saknas. Inget har ändrats; lägg tillbaka den senaste versionen."
    ),
    "crypto.file_too_big": "{path} är inte en fil med en lösenfras (mer än {limit} byte).",
    "crypto.weak": (
        "Varning: lösenfrasen är lätt att gissa ({reason}). "
        "Använd hellre fyra–fem ord som inte hör ihop."
    ),
    "crypto.weak_short": "kortare än 12 tecken",
    "crypto.weak_repeats": "för få olika tecken",
    "crypto.weak_digits": "bara siffror",
    "crypto.weak_run": "en följd ur alfabetet eller tangentbordet",
    "crypto.weak_common": "ett ord som prövas bland de första",
}
