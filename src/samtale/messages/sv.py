"""Swedish: every text the user sees, by key."""

from samtale.messages.keys import Msg

MESSAGES: dict[str, str] = {
    # Errors and the exit point
    Msg.INTERRUPTED: "Avbrutet. Inget har sparats.",
    Msg.BUG: "Oväntat fel ({kind}) – det är ett fel i samtale. Kör igen med --debug för detaljer.",
    Msg.IO_FAILED: "Kunde inte använda {path}: {reason}.",
    Msg.IO_FAILED_NO_PATH: "En fil kunde inte läsas eller skrivas: {reason}.",
    Msg.IO_FULL: "det finns inget utrymme kvar på disken",
    Msg.IO_READ_ONLY: "filsystemet är skrivskyddat",
    Msg.IO_NO_ACCESS: "du har inte behörighet",
    Msg.IO_IS_FOLDER: "det är en mapp, inte en fil",
    Msg.IO_NOT_FOLDER: "en del av sökvägen är en fil, inte en mapp",
    Msg.IO_TOO_BIG: "filen är större än vad som tillåts här",
    Msg.UNKNOWN_VALUE: "Okänt värde för {kind}: '{value}'{hint} Giltiga värden: {valid}.",
    Msg.UNKNOWN_SUGGEST: " – menade du '{suggestion}'?",
    Msg.UNKNOWN_NO_SUGGESTION: ".",
    Msg.KIND_REGION: "region",
    Msg.KIND_TOPIC: "ämne",
    Msg.KIND_CONTEXT: "sammanhang",
    Msg.KIND_GROUP: "målgrupp",
    Msg.KIND_SERVICE: "stödform",
    Msg.KIND_FACT_TOPIC: "ämne",
    Msg.KIND_COUNTRY: "land",
    Msg.KIND_SIGN: "tecken",
    Msg.KIND_AGE_GROUP: "åldersgrupp",
    Msg.KIND_GENDER: "kön",
    Msg.KIND_NATIONALITY: "nationalitet",
    Msg.KIND_SECTOR: "sektor",
    Msg.KIND_LANGUAGE: "samtalsspråk",
    Msg.REGION_VALID: "ett län ({landsdele}), en landsdel, en kommun eller en större stad",
    Msg.REGION_OTHER_COUNTRY: "'{value}' ligger i {name}: använd --country {country}.",
    Msg.COUNTRY_DK: "Danmark",
    Msg.COUNTRY_SE: "Sverige",
    # Typer's and click's own words, and their errors as one line
    Msg.HELP_HELP: "Visa den här hjälpen och avsluta.",
    Msg.USAGE_PREFIX: "Användning:",
    Msg.USAGE_OPTIONS_METAVAR: "[ALTERNATIV]",
    Msg.USAGE_COMMAND_METAVAR: "KOMMANDO [ARGUMENT]...",
    Msg.USAGE_OPTIONS: "Alternativ",
    Msg.USAGE_COMMANDS: "Kommandon",
    Msg.USAGE_ARGUMENTS: "Argument",
    Msg.USAGE_DEFAULT: "[standard: {}]",
    Msg.USAGE_ENVVAR: "[miljövariabel: {}]",
    Msg.USAGE_REQUIRED: "[obligatoriskt]",
    Msg.USAGE_METAVAR_TEXT: "VÄRDE",
    Msg.USAGE_METAVAR_FILE: "FIL",
    Msg.USAGE_METAVAR_PATH: "SÖKVÄG",
    Msg.USAGE_METAVAR_FOLDER: "MAPP",
    Msg.USAGE_METAVAR_NUMBER: "TAL",
    Msg.USAGE_OTHER_LANGUAGE_OPTIONS: (
        "--fortsæt --gruppe --forældede --kontekst --skabelon --sprog --søg --ydelse --emne "
        "--forfalden --ældre-end"
    ),
    Msg.USAGE_COMMAND_WORDS: (
        "förbered=prep förberedelse=prep fraser=phrases frågor=phrases "
        "stöd=resources verksamheter=resources hjälp=help resurser=resources "
        "utdelning=handout broschyr=handout tecken=signs fakta=facts öva=practice "
        "övning=practice fall=practice reflektion=reflect reflektera=reflect "
        "anteckningar=notes anteckning=notes inställningar=config uppföljning=followup "
        "exportera=export visa=show radera=delete lista=list rensa=purge kryptera=encrypt "
        "sätt=set"
    ),
    Msg.USAGE_LINE: "{message} Se '{path} --help'.",
    Msg.USAGE_NO_SUCH_OPTION: "Okänt alternativ {option}.{hint}",
    Msg.USAGE_DID_YOU_MEAN: " Menade du {options}?",
    Msg.USAGE_NEEDS_VALUE: "{option} måste ha ett värde.",
    Msg.USAGE_EXTRA: "Oväntat extra argument: {args}.",
    Msg.USAGE_MISSING: "{name} saknas.",
    Msg.USAGE_BAD_VALUE: "Ogiltigt värde för {name}: {problem}",
    Msg.USAGE_NO_SUCH_COMMAND: "Okänt kommando '{name}'.",
    # Help
    Msg.HELP_APP: (
        "Förbered ett neutralt och tryggt samtal med en person som kanske säljer sex eller har "
        "sex mot ersättning: frågor för varje fas, skyldigheter, hänvisningar och en privat "
        "förberedelseanteckning."
    ),
    Msg.HELP_COUNTRY: "Landets vägledning och språk: dk (Danmark, standard) eller se (Sverige).",
    Msg.HELP_NO_PAGER: "Skriv lång text direkt på skärmen, inte genom en pager (less).",
    Msg.HELP_DEBUG: "Visa hela felspårningen vid oväntade fel (kan innehålla det du har skrivit).",
    Msg.HELP_VERSION: "Visa versionen och avsluta.",
    Msg.HELP_HELP_COMMAND: "Visa hjälpen till samtale eller ett kommando, t.ex. 'help resources'.",
    Msg.HELP_HELP_COMMAND_COMMAND: "Kommandot (och ev. underkommandot) som hjälpen ska gälla.",
    Msg.HELP_HELP_COMMAND_METAVAR: "[KOMMANDO]...",
    Msg.HELP_INSTALL_COMPLETION: (
        "Installera tab-komplettering (bash, zsh, fish; annars ditt skal)."
    ),
    Msg.HELP_SHOW_COMPLETION: (
        "Visa kompletteringsskriptet (bash, zsh, fish; utan namn: ditt skal)."
    ),
    Msg.COMPLETION_INSTALLED: "Tab-komplettering för {shell} finns i {path} (i nya terminaler).",
    Msg.COMPLETION_UNKNOWN_SHELL: "Kan inte komplettera i skalet '{shell}'. Ange ett av: {valid}.",
    Msg.HELP_JSON: "Skriv resultatet som JSON (för skript).",
    Msg.HELP_PHRASES: "Neutrala frågor och formuleringar för samtalets faser.",
    Msg.HELP_PHRASES_TOPIC: (
        "Samtalets fas eller ämne, t.ex. safety/säkerhet, opening/öppning, children/barn. "
        "Alla: samtale ids topics."
    ),
    Msg.HELP_PHRASES_CONTEXT: (
        "Visa formuleringar för ett sammanhang, t.ex. substance_use/rusmedel. "
        "Alla: samtale ids contexts."
    ),
    Msg.HELP_PHRASES_SEARCH: "Visa bara formuleringar som innehåller den här texten.",
    Msg.HELP_PHRASES_LANGUAGE: (
        "Samtalets språk: sv/svenska eller en/engelska. På engelska står den svenska texten under."
    ),
    Msg.HELP_RESOURCES: (
        "Vem som kan hjälpa i ett område, med kontaktuppgifter och hur gamla de är."
    ),
    Msg.HELP_HANDOUT: (
        "En sida som personen kan ta med sig: den hjälp som finns där hen bor, med "
        "kontaktuppgifter och datum, och hens rättigheter. Inget om personen."
    ),
    Msg.HELP_HANDOUT_REGION: (
        "Var personen bor: län, kommun eller stad. Utan: bara rikstäckande verksamheter."
    ),
    Msg.HELP_HANDOUT_LANGUAGE: "Sidans språk: sv/svenska eller en/engelska (standard: svenska).",
    Msg.HELP_HANDOUT_OUTPUT: "Skriv sidan till en ny fil (0600) i stället för att visa den.",
    Msg.HELP_HANDOUT_FORMAT: "md (Markdown) eller html (en sida som kan skrivas ut).",
    Msg.HELP_HANDOUT_DISCREET: "Titel och text säger inte vad sidan handlar om.",
    Msg.HANDOUT_WRITTEN: "Sidan är skriven till {path}.",
    Msg.KIND_FORMAT: "format",
    Msg.HELP_RESOURCES_REGION: (
        "Län, landsdel, kommun eller stad, t.ex. stockholm, Norrland, Göteborg. "
        "Rikstäckande verksamheter kommer alltid med."
    ),
    Msg.HELP_RESOURCES_GROUP: (
        "Bara verksamheter för en målgrupp, t.ex. unga, kvinnor, migranter. "
        "Alla: samtale ids groups."
    ),
    Msg.HELP_RESOURCES_SERVICE: (
        "Bara verksamheter med en viss stödform, t.ex. stödsamtal, hälsa. "
        "Alla: samtale ids services."
    ),
    Msg.HELP_RESOURCES_STALE: (
        "Visa i stället alla kontaktuppgifter som är odaterade eller äldre än --older-than "
        "månader (medföljande och lokala), med källa – för den som håller listan aktuell."
    ),
    Msg.HELP_RESOURCES_OLDER_THAN: (
        "Hur många månader kontaktuppgifter får vara innan de visas (standard 24)."
    ),
    Msg.HELP_SIGNS: "Möjliga tecken och möjliga följder – och att de kan betyda något annat.",
    Msg.HELP_FACTS: "Lagstiftning, statistik och begrepp, var och en med källa.",
    Msg.HELP_FACTS_TOPIC: "law/lag, stats/statistik eller terms/begrepp.",
    Msg.HELP_FACTS_SOURCES: "Källorna i sin helhet: dokument, lagstöd, kontrolldatum.",
    Msg.HELP_IDS: "Alla id:n du kan skriva: ämnen, kontexter, tecken, regioner, grupper med mera.",
    Msg.HELP_IDS_KIND: "Bara en sort, t.ex. topics, contexts, signs, regions, places, groups.",
    Msg.HELP_IDS_METAVAR: "[SORT]",
    Msg.KIND_IDS: "sorts id",
    Msg.IDS_KIND_TOPICS: "ämnen: --topic, topics i svarsfilen",
    Msg.IDS_KIND_CONTEXTS: "kontexter: --context, contexts i svarsfilen",
    Msg.IDS_KIND_GROUPS: "målgrupper: resources --group",
    Msg.IDS_KIND_SERVICES: "insatser: resources --service",
    Msg.IDS_KIND_FACT_TOPICS: "ämnen för facts --topic",
    Msg.IDS_KIND_SIGNS: "tecken och följder: signs i svarsfilen",
    Msg.IDS_KIND_REGIONS: "län och områden: --region, region i svarsfilen",
    Msg.IDS_KIND_PLACES: "kommuner och städer som --region också förstår",
    Msg.IDS_KIND_CASES: "fall: practice FALL",
    Msg.IDS_KIND_AGE_GROUPS: "åldersgrupper: age_group i svarsfilen",
    Msg.IDS_KIND_GENDERS: "kön: gender i svarsfilen",
    Msg.IDS_KIND_NATIONALITIES: "medborgarskap: nationality i svarsfilen",
    Msg.IDS_KIND_SECTORS: "var du arbetar: sector i svarsfilen",
    Msg.IDS_KIND_COUNTRIES: "länder: --country",
    Msg.IDS_KIND_CONVERSATION_LANGUAGES: "samtalsspråk: --language, conversation_language",
    Msg.IDS_KIND_SETTINGS: "inställningar: config set NYCKEL VÄRDE",
    Msg.HELP_DATA: "Underhåll av vägledningsdata.",
    Msg.HELP_DATA_CHECK: "Validera alla datafiler och korshänvisningar.",
    Msg.HELP_DATA_DIR: "Kontrollera en annan datamapp (med en undermapp per land) än den inbyggda.",
    # Data loading and checking
    Msg.DATA_MISSING_FILE: "Datafil saknas: {path}",
    Msg.DATA_MISSING_FOLDER: "Datamappen finns inte: {path}",
    Msg.DATA_YAML_ERROR: "{path}{line}: ogiltig YAML: {problem}",
    Msg.DATA_NOT_UTF8: "{path}{line}: datafilen är inte sparad som UTF-8.",
    Msg.DATA_TOO_DEEP: "nästlad djupare än {limit} nivåer",
    Msg.DATA_PROBLEM: "{where}: {entry} → {field}: {message}",
    Msg.DATA_MORE_PROBLEMS: " (och {count} fel till – kör 'samtale data check')",
    Msg.DATA_PROBLEM_COUNT: " ({count} fel totalt)",
    Msg.DATA_OK: (
        "Data i ordning ({folder}): {phrases} formuleringar, {resources} verksamheter, "
        "{signs} tecken, {facts} fakta, {places} kommuner och städer."
    ),
    Msg.CHECK_DUPLICATE_ID: "id:t finns redan",
    Msg.CHECK_FORMAT_ID: "'{value}' är inte ett giltigt id (små bokstäver, siffror och _)",
    Msg.CHECK_FORMAT_MONTH: "'{value}' är inte en månad på formen ÅÅÅÅ-MM",
    Msg.CHECK_FORMAT_TEXT: "texten är tom",
    Msg.CHECK_CONTROL_CHARACTER: "texten har ett styrtecken (t.ex. ESC) som kan styra terminalen",
    Msg.CHECK_EMPTY_LIST: "listan får inte vara tom",
    Msg.CHECK_MISSING_ID: "saknar det fasta id:t '{id}'",
    Msg.CHECK_UNKNOWN_SOURCE: "okänd källa '{doc}' (se sources.yaml)",
    Msg.CHECK_FORMAT_DAY: "'{value}' är inte ett datum på formen ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD",
    Msg.CHECK_AS_OF_UNDATED_SOURCE: (
        "källan '{doc}' saknar datum, så as_of ska vara null (odaterad)"
    ),
    Msg.CHECK_AS_OF_MISSING: "as_of saknas; källan är daterad {when}",
    Msg.CHECK_AS_OF_TOO_NEW: "as_of är nyare än det som styrker uppgiften ({when})",
    Msg.CHECK_BUNDLED_NEEDS_SOURCE: (
        "source (dokument och avsnitt) saknas; bara en lokal fil klarar sig utan"
    ),
    Msg.CHECK_LOCAL_ONLY: (
        "'{field}' hör bara hemma i en lokal fil med verksamheter; "
        "här dateras kontaktuppgifter med as_of"
    ),
    Msg.LOCAL_NOT_A_LIST: "filen ska ha en lista med verksamheter under 'resources:'",
    Msg.LOCAL_UNREADABLE: "Kan inte läsa den lokala filen med verksamheter {path}: {reason}",
    Msg.LOCAL_TOO_BIG: "Den lokala filen med verksamheter {path} är större än {limit} MB",
    Msg.LOCAL_NOT_UTF8: "{path}{line}: den lokala filen med verksamheter är inte sparad som UTF-8",
    Msg.LOCAL_NEEDS_VERIFIED: (
        "verified saknas: datumet då verksamheten senast kontrollerades (ÅÅÅÅ-MM-DD)"
    ),
    Msg.LOCAL_VERIFIED_FUTURE: "verified ({when}) ligger efter i dag",
    Msg.LOCAL_NEEDS_VERIFIED_BY: "verified_by saknas: vem som kontrollerade verksamheten",
    Msg.LOCAL_OK: "Lokal fil med verksamheter {path}: {count} verksamheter, inga fel.",
    Msg.LOCAL_NONE: "Ingen lokal fil med verksamheter ({path}).",
    Msg.CHECK_BAD_LINK: "länken '{link}' är inte tillåten – bara http(s)-, tel- och mailto-länkar",
    Msg.CHECK_UNKNOWN_TAG: "okänd tagg '{tag}' (tecken, sammanhang, åldersgrupp eller kön)",
    Msg.CHECK_ROUTE_UNKNOWN: "reach_via pekar på '{id}', som inte är en verksamhet",
    Msg.CHECK_ROUTE_SELF: "reach_via pekar på verksamheten själv",
    Msg.CHECK_ROUTE_INACTIVE: "reach_via pekar på '{id}', som inte längre är aktiv",
    Msg.CHECK_ROUTE_UNDATED: "reach_via pekar på '{id}', som saknar en daterad kontaktuppgift",
    Msg.CHECK_NEEDS_ROUTE: (
        "en aktiv verksamhet för invånare utan daterad kontaktuppgift behöver reach_via: "
        "vem man når den genom"
    ),
    Msg.CHECK_UNKNOWN_TOPIC: "okänt ämne '{topic}'",
    Msg.CHECK_NO_RENDERING: "formuleringen saknar sin form på {language} (phrases.{language}.yaml)",
    Msg.CHECK_UNKNOWN_PHRASE: "det finns ingen formulering med id '{id}' i phrases.yaml",
    Msg.CHECK_ONE_PER_LANGUAGE: "ska ha exakt en text på språket '{language}'",
    Msg.CHECK_TWELVE_MONTHS: "ska nämna årets tolv månader",
    Msg.CHECK_ALIAS_CLASH: "stavningen används redan av '{other}'",
    Msg.CHECK_DUTY_NEEDS: "en skyldighet måste ha law, basis och how_to_tell",
    Msg.CHECK_LAW_NEEDS_BASIS: (
        "ett rättsligt faktum måste ha basis (statute, source, web, checked)"
    ),
    Msg.CHECK_MATCHED_NEEDS_FITS: "note: matched kräver minst en tagg i fits",
    Msg.CHECK_UNKNOWN_GROUP: "okänd målgrupp '{id}' (se vocabulary.yaml)",
    Msg.CHECK_UNKNOWN_SERVICE: "okänd stödform '{id}' (se vocabulary.yaml)",
    Msg.CHECK_UNKNOWN_AREA: "okänt län eller område '{id}'",
    Msg.CHECK_UNKNOWN_PLACE: "okänd plats '{name}'",
    Msg.CHECK_LIES_IN_NEEDS_UNSTATED: (
        "lies_in hör bara till en verksamhet med coverage: unstated (annars säger coverage det)"
    ),
    Msg.CHECK_LIES_IN_ELSEWHERE: "'{id}' är inte länet för verksamhetens orter ({where})",
    Msg.CHECK_UNKNOWN_REGION: "okänd landsdel '{id}'",
    Msg.CHECK_UNKNOWN_POINTER: "okänt {kind}-id '{id}'",
    Msg.CHECK_REFLECTIONS: "ett fall ska ha de sex frågorna i den här ordningen: {expected}",
    # Shared labels
    Msg.MONTH_1: "januari",
    Msg.MONTH_2: "februari",
    Msg.MONTH_3: "mars",
    Msg.MONTH_4: "april",
    Msg.MONTH_5: "maj",
    Msg.MONTH_6: "juni",
    Msg.MONTH_7: "juli",
    Msg.MONTH_8: "augusti",
    Msg.MONTH_9: "september",
    Msg.MONTH_10: "oktober",
    Msg.MONTH_11: "november",
    Msg.MONTH_12: "december",
    Msg.SOURCE_LINE: "Källa: {publisher}{when} – ”{section}”",
    Msg.TAG_UNDER_18: "under 18 år",
    Msg.TAG_18_29: "18–29 år",
    Msg.TAG_30_PLUS: "30 år och äldre",
    Msg.TAG_UNKNOWN: "okänt",
    Msg.TAG_WOMAN: "kvinna",
    Msg.TAG_MAN: "man",
    Msg.TAG_TRANS: "transperson",
    Msg.TAG_NONBINARY: "icke-binär",
    Msg.TAG_DOMESTIC: "svensk medborgare",
    Msg.TAG_FOREIGN: "utländsk medborgare",
    Msg.TAG_PUBLIC: "offentligt anställd",
    Msg.TAG_PRIVATE: "privat organisation eller idéburen verksamhet",
    Msg.CONTACT_PHONE: "Tfn",
    Msg.CONTACT_WEB: "Webb",
    Msg.CONTACT_EMAIL: "E-post",
    Msg.CONTACT_ADDRESS: "Adress",
    Msg.CONTACT_AGE: "Uppgift från {when} ({years} år sedan)",
    Msg.CONTACT_CHECK_FIRST: "– kontrollera före användning",
    Msg.CONTACT_UNDATED: "Källan är inte daterad",
    Msg.CONTACT_SOURCE: "Källa: {source}",
    Msg.CONTACT_LOCAL_SOURCE: "din lokala fil",
    Msg.COVERAGE_NATIONAL: "hela landet",
    Msg.COVERAGE_UNSTATED: "framgår inte av källorna",
    Msg.COVERAGE_LIES_IN: "{coverage} (ligger i {where})",
    # phrases
    Msg.PHRASES_NONE: "Inga formuleringar passar det du har valt.",
    Msg.PHRASES_FITS: "Passar för: {tags}",
    Msg.PHRASES_GENERAL: "alla",
    Msg.PHRASES_IN_OWN_LANGUAGE: "Svenska: {text}",
    # resources
    Msg.RESOURCES_NONE: "Inga verksamheter passar det du har valt.",
    Msg.RESOURCES_TITLE: "Stödverksamheter",
    Msg.RESOURCES_TITLE_FOR: "Stödverksamheter som täcker {place}",
    Msg.RESOURCES_TITLE_NATIONAL: "Rikstäckande verksamheter",
    Msg.RESOURCES_CONTACT: "Kontakt:",
    Msg.RESOURCES_OFFERS: "Erbjuder: {offers}",
    Msg.RESOURCES_COVERS: "Täcker: {coverage}",
    Msg.RESOURCES_NO_CONTACT: (
        "Inga kontaktuppgifter hittade i offentliga källor. Fråga Socialstyrelsen, "
        "som gett ut utbildningsmaterialet (se verksamheterna för yrkesverksamma)."
    ),
    Msg.RESOURCES_REACH_VIA: "Nås genom {name}: {note}",
    Msg.RESOURCES_LOCAL: "Lokal verksamhet – kontrollerad {when} av {who}",
    # resources export/import (the coordinator's spreadsheet)
    Msg.HELP_RESOURCES_FORMAT: "Filformat för --stale: text (standard) eller csv (för kalkylark).",
    Msg.HELP_RESOURCES_EXPORT: (
        "Skriv hela förteckningen (inbyggda och lokala verksamheter) som kalkylark, en rad "
        "per kontaktuppgift."
    ),
    Msg.HELP_RESOURCES_EXPORT_FORMAT: "csv (standard) eller xlsx.",
    Msg.HELP_RESOURCES_EXPORT_OUTPUT: "Filen som ska skrivas; den får inte redan finnas.",
    Msg.HELP_RESOURCES_IMPORT: (
        "Läs tillbaka ett kalkylark från 'resources export'. Ändrade och nya verksamheter "
        "skrivs i den lokala filen, men bara om alla rader är i ordning."
    ),
    Msg.HELP_RESOURCES_IMPORT_FILE: "Kalkylarket: .csv eller .xlsx.",
    Msg.RESOURCES_FORMAT_NEEDS_STALE: (
        "--format csv hör till --stale; hela förteckningen: 'samtale resources export'."
    ),
    Msg.RESOURCES_EXPORT_DONE: "{count} rader skrivna till {path}.",
    Msg.RESOURCES_IMPORT_PROBLEM: "{path}: rad {row}, kolumn {column}: {message}",
    Msg.RESOURCES_IMPORT_FAILED: "{count} fel i {path}; ingenting skrevs.",
    Msg.RESOURCES_IMPORT_NOTHING: "Kalkylarket ändrar ingenting; den lokala filen är oförändrad.",
    Msg.RESOURCES_IMPORT_DONE: (
        "{updated} verksamheter uppdaterade och {added} tillagda i den lokala filen {path}."
    ),
    Msg.RESOURCES_IMPORT_OTHER_COUNTRY: (
        "Den lokala filen {path} gäller ett annat land ({country}); ingenting skrevs."
    ),
    Msg.SHEET_TOO_BIG: "Filen är större än {limit} MB.",
    Msg.SHEET_TOO_MANY_ROWS: "Filen har fler än {limit} rader.",
    Msg.SHEET_NOT_UTF8: "CSV-filen är inte UTF-8; spara den som 'CSV UTF-8'.",
    Msg.SHEET_NOT_XLSX: "Filen går inte att läsa som ett XLSX-kalkylark.",
    Msg.SHEET_MISSING_COLUMN: "kolumnen saknas i rubrikraden",
    Msg.SHEET_NEEDS_WHO: (
        "en ändrad eller ny verksamhet behöver namnet på den som kontrollerade den"
    ),
    Msg.SHEET_BAD_ID: "'{value}' är inte ett id (små bokstäver, siffror och _)",
    Msg.SHEET_EMPTY: "får inte vara tom",
    Msg.SHEET_BAD_KIND: "'{value}' är inte ett kontaktsätt ({kinds})",
    Msg.SHEET_KIND_AND_VALUE: "kind och value fylls i båda eller ingen av dem",
    Msg.SHEET_BAD_SOURCE: (
        "'{value}' är inte en källa i data på formen 'id: avsnitt'; lämna fältet tomt, så "
        "står verified_by för uppgiften"
    ),
    Msg.SHEET_AS_OF_TOO_NEW: (
        "datumet är nyare än källan ({when}); töm source när du själv har kontrollerat det"
    ),
    Msg.SHEET_FUTURE: "datumet {when} ligger efter i dag",
    Msg.SHEET_DISAGREES: "skiljer sig från rad {row} för samma verksamhet",
    Msg.SHEET_NEW_DESCRIPTION: "Verksamhet tillagd från organisationens kalkylark.",
    Msg.RESOURCES_STALE_TITLE: "Kontaktuppgifter äldre än {months} månader eller odaterade",
    Msg.RESOURCES_STALE_NONE: "Inga kontaktuppgifter är äldre än {months} månader eller odaterade.",
    # signs
    Msg.SIGNS_REMINDER: (
        "Tecken är skäl att fråga – inte slutsatser. Varje tecken kan också ha helt "
        "andra förklaringar."
    ),
    Msg.SIGNS_TITLE_SIGN: "Möjliga tecken",
    Msg.SIGNS_TITLE_CONSEQUENCE: "Möjliga följder",
    Msg.SIGNS_TITLE_INDICATION: "Fler möjliga riskfaktorer",
    Msg.SIGNS_OTHER: "Kan också betyda: {text}",
    # facts
    Msg.FACTS_TITLE_LAW: "Lagstiftning",
    Msg.FACTS_TITLE_STATS: "Statistik",
    Msg.FACTS_TITLE_TERMS: "Begrepp",
    Msg.FACTS_H_SOURCES: "Källor",
    Msg.FACTS_H_LAW: "Lagstöd",
    Msg.FACTS_USED_BY: "Används av: {items}",
    Msg.DATE_UNDATED: "odaterad",
    Msg.DATE_DAY: "{day} {month} {year}",
    Msg.QUOTE: "”{text}”",
    Msg.LAW_BASIS: "{statute}; {in_force}; kontrollerad {checked} mot {source} ({web})",
    Msg.LAW_IN_FORCE: "gäller från {date}",
    Msg.LAW_IN_FORCE_UNKNOWN: "ikraftträdande inte bekräftat",
    Msg.LAW_UNCONFIRMED: "Inte bekräftat: {text}",
    # Privacy
    Msg.PRIVACY_CPR_FOUND: (
        "Texten ser ut att innehålla ett danskt CPR-nummer. Det får aldrig stå i en "
        "förberedelseanteckning – använd initialer eller en pseudonym och ta bort numret."
    ),
    Msg.PRIVACY_PERSONNUMMER_FOUND: (
        "Texten ser ut att innehålla ett personnummer. Det får aldrig stå i en "
        "förberedelseanteckning – använd initialer eller en pseudonym och ta bort numret."
    ),
    Msg.PRIVACY_NOT_SHOWN: "visas inte – liknar ett personnummer eller CPR-nummer",
    Msg.PRIVACY_PHONE_HINT: (
        "Är det ett telefonnummer, skriv tfn före det, t.ex. tfn 070-123 45 67 "
        "eller tfn 12 34 56 78."
    ),
    Msg.STORAGE_CLOUD: (
        "Anteckningen sparas inte: {folder} ligger i en mapp som synkroniseras till molnet "
        "('{part}'). Sätt SAMTALE_HOME till en lokal mapp, eller använd --stdout."
    ),
    Msg.STORAGE_WORK_TREE: (
        "Anteckningen sparas inte: {folder} ligger i ett {tool}-arbetsträd ({repo}) där den kan "
        "bli delad. Sätt SAMTALE_HOME till en annan mapp, eller använd --stdout."
    ),
    Msg.STORAGE_CLOUD_OUTPUT: (
        "Filen sparas inte: {folder} synkroniseras till molnet ('{part}'). Ge --output en "
        "sökväg utanför den mappen, till exempel i din hemmapp."
    ),
    Msg.STORAGE_WORK_TREE_OUTPUT: (
        "Filen sparas inte: {folder} ligger i ett {tool}-arbetsträd ({repo}) där den kan bli "
        "delad. Ge --output en sökväg utanför den mappen, till exempel i din hemmapp."
    ),
    Msg.STORAGE_NO_FREE_NAME: "Kunde inte hitta ett ledigt filnamn i {folder}.",
    Msg.STORAGE_NO_FOLDER: "Mappen {folder} finns inte.",
    Msg.STORAGE_EXISTS: "{path} finns redan; välj ett annat namn (inget skrevs över).",
    Msg.STORAGE_BAD_DRAFT: "Utkastet {path} kan inte läsas. Radera det och börja om.",
    Msg.DRAFTS_STARTING_AFRESH: (
        "{problem} Här börjar frågorna om, och utkastet ersätts vid första svaret."
    ),
    # Answers files
    Msg.DRAFTS_BAD_ID: "'{id}' är inte id:t för ett utkast.",
    Msg.DRAFTS_UNKNOWN: "Det finns inget utkast med id '{id}'.",
    Msg.ANSWERS_NOT_MAPPING: "{origin}: svaren ska vara en YAML-tabell med fält som citizen.",
    Msg.ANSWERS_UNKNOWN_KEY: "okänt fält '{key}'. Giltiga fält: {valid}.",
    Msg.ANSWERS_MISSING_KEY: "fältet '{key}' saknas.",
    Msg.ANSWERS_MORE_PROBLEMS: (
        "{origin}: ytterligare {count} fel visas inte; rätta de visade och kör igen."
    ),
    Msg.ANSWERS_BAD_VALUE: "fältet '{key}' är ogiltigt: {problem}.",
    Msg.ANSWERS_PROBLEM_STRING_TOO_SHORT: "det får inte vara tomt",
    Msg.ANSWERS_PROBLEM_STRING_TOO_LONG: "det är för långt (initialer eller en kort pseudonym)",
    Msg.TEXT_TOO_LONG: "texten är för lång: högst {limit} tecken",
    Msg.ANSWERS_PROBLEM_STRING_TYPE: "det ska stå en text",
    Msg.ANSWERS_PROBLEM_LIST_TYPE: "det ska stå en lista, t.ex. [a, b]",
    Msg.ANSWERS_PROBLEM_DICT_TYPE: "det ska stå en tabell med id: text",
    Msg.ANSWERS_PROBLEM_ENUM: "giltiga värden: {expected}",
    Msg.ANSWERS_PROBLEM_DATE: "skriv ett datum som 2026-12-01",
    # prep
    Msg.HELP_PREP: "Förbered ett samtal: frågeformulär → samtalsplan → privat anteckning.",
    Msg.HELP_PREP_ANSWERS: (
        "Läs svaren från en YAML-fil (- är standard-in) i stället för att fråga."
    ),
    Msg.HELP_PREP_STDOUT: "Skriv anteckningen på skärmen i stället för att spara den.",
    Msg.HELP_PREP_RESUME: (
        "Fortsätt ett utkast: det enda, det med id:t UTKAST, eller välj i en lista."
    ),
    Msg.HELP_PREP_DRAFT_METAVAR: "[UTKAST]",
    Msg.HELP_CONFIG_KEY_METAVAR: "NYCKEL",
    Msg.HELP_CONFIG_VALUE_METAVAR: "VÄRDE",
    Msg.HELP_RESOURCES_MONTHS_METAVAR: "MÅNADER",
    Msg.HELP_PRACTICE_CASE_METAVAR: "FALL",
    Msg.HELP_PREP_DRAFT: "Id:t för utkastet som ska fortsättas (se 'samtale notes list').",
    Msg.HELP_PREP_TEMPLATE: (
        "Skriv en svarsfil med alla fält och giltiga id:n att fylla i (> answers.yaml)."
    ),
    Msg.TEMPLATE_HEAD: (
        "Svar till 'samtale prep --answers FIL'. Fyll i det du vet; resten kan stå kvar."
    ),
    Msg.TEMPLATE_IDS: (
        "Alla giltiga id:n med förklaring: 'samtale ids'. Skriv aldrig namn eller personnummer."
    ),
    Msg.TEMPLATE_TEXT: "fri text",
    Msg.TEMPLATE_VALID_BELOW: "– giltiga id:n nedan",
    Msg.TEMPLATE_SEE_IDS: "(se 'samtale ids {kind}')",
    Msg.TEMPLATE_ROLE: "din roll, t.ex. boendestödjare",
    Msg.TEMPLATE_CITIZEN: "måste fyllas i: initialer eller en pseudonym",
    Msg.TEMPLATE_REGION: "län, kommun eller stad",
    Msg.TEMPLATE_SIGNS: 'tecken-id: det du har sett, t.ex. lonely_busy_phone: "…"',
    Msg.TEMPLATE_CONTEXTS: "lista, t.ex. [substance_use, homelessness]",
    Msg.TEMPLATE_OTHER_EXPLANATIONS: "andra möjliga förklaringar till det du har sett",
    Msg.TEMPLATE_TOPICS: "samtalets faser (standard: alla sex)",
    Msg.PREP_ANSWERS_OR_RESUME: "Använd antingen --answers eller --resume, inte båda.",
    Msg.PREP_YOUR_ANSWERS: "dina svar",
    Msg.PREP_STDIN: "standard-in",
    Msg.PREP_CANNOT_READ: "Kan inte läsa svarsfilen {path}: {reason}.",
    Msg.PREP_BAD_YAML: "{path}{line}: svarsfilen är inte giltig YAML.",
    Msg.PREP_ANSWERS_TOO_BIG: "Svarsfilen {path} är för stor: en svarsfil är högst {limit} KiB.",
    Msg.PREP_NOT_UTF8: "{path}{line}: svarsfilen är inte sparad som UTF-8. Spara den som UTF-8.",
    Msg.PREP_TOO_DEEP: "{path}{line}: svarsfilen är nästlad djupare än {limit} nivåer.",
    Msg.PREP_NO_DRAFT: "Det finns inget utkast att fortsätta från. Börja med 'samtale prep'.",
    Msg.PREP_NEEDS_TERMINAL: (
        "'samtale prep' ställer frågor och kräver en terminal. "
        "Använd 'samtale prep --answers FIL' i skript."
    ),
    Msg.PREP_WELCOME: (
        "Förberedelse av ett samtal. Skriv bara det du behöver – aldrig namn eller "
        "personnummer. Ctrl-C avbryter; dina svar sparas då som utkast."
    ),
    Msg.PREP_SAVED: "Anteckningen är sparad privat: {path}",
    Msg.PREP_NEXT: (
        "Anteckningens id: {id}\n"
        "  Kortet till bordet:  samtale notes show {id} --card\n"
        "  För utskrift:        samtale notes export {id} --output {id}.html\n"
        "  Efter mötet:         samtale notes followup {id}"
    ),
    Msg.PREP_INTERRUPTED_PICKING: (
        "Avbrutet. Inget utkast har ändrats; alla finns kvar. Fortsätt med: samtale prep --resume"
    ),
    Msg.PREP_DISCARDED: "Svaren är kastade och utkastet är raderat. Inget har sparats.",
    Msg.PREP_KEPT: "Dina svar är sparade som ett privat utkast. Fortsätt med: {command}",
    Msg.PREP_INTERRUPTED_DRAFT: (
        "Avbrutet. Dina svar är sparade som ett privat utkast. Fortsätt med: {command}"
    ),
    Msg.PREP_INTERRUPTED_NO_DRAFT: "Avbrutet. Utkastet sparades inte: {reason}",
    Msg.PREP_SAVE_FAILED: (
        "Anteckningen sparades inte: {reason}. Dina svar finns i utkastet; "
        "åtgärda det och fortsätt med: {command}"
    ),
    Msg.PREP_SAVE_FAILED_NO_DRAFT: (
        "Anteckningen sparades inte: {reason}. Utkastet kunde inte heller sparas."
    ),
    Msg.PREP_SAVE_FAILED_FILE: (
        "Anteckningen sparades inte: {reason}. Svaren finns kvar i {path} – kör kommandot "
        "igen när det är åtgärdat."
    ),
    Msg.PREP_PICK_DRAFT: "Vilket utkast vill du fortsätta?",
    Msg.PREP_DRAFT_LINE: "{date} · {citizen} · {place} · {done} av {total} svar",
    Msg.PREP_FIX_IN_DRAFT: "{problem} Dina svar finns i utkastet – ändra svaret med: {command}",
    Msg.PREP_PRINTED_DRAFT_KEPT: (
        "Anteckningen är bara utskriven på skärmen; utkastet finns kvar. Spara den med "
        "'{command}', eller radera utkastet med 'samtale notes delete {id}'."
    ),
    Msg.PREP_SO_FAR: "Det här har du svarat hittills:",
    Msg.PREP_REMEMBER_ROLE: "Ska '{role}' vara din roll som standard nästa gång?",
    Msg.PREP_ROLE_REMEMBERED: "Du kan alltid ändra den med 'samtale config set role …'.",
    Msg.STORAGE_REASON: "{reason} ({folder})",
    # Questions
    Msg.Q_ROLE: "Din roll (t.ex. boendestödjare):",
    Msg.Q_CITIZEN: "Initialer eller pseudonym för personen (aldrig namn eller personnummer):",
    Msg.Q_CITIZEN_REQUIRED: "Skriv initialer eller en pseudonym.",
    Msg.Q_CITIZEN_TOO_LONG: "Högst 40 tecken – initialer eller en kort pseudonym räcker.",
    Msg.Q_AGE_GROUP: "Ålder:",
    Msg.Q_GENDER: "Kön:",
    Msg.Q_NATIONALITY: "Nationalitet:",
    Msg.Q_REGION: "Var bor personen? (län, landsdel, kommun eller stad – Enter hoppar över)",
    Msg.Q_REGION_UNKNOWN_NEAR: "Känner inte till platsen '{value}'{hint}",
    Msg.Q_REGION_UNKNOWN: "Känner inte till platsen – prova en kommun, en stad eller ett län.",
    Msg.Q_SIGNS: "Vad har du lagt märke till? (tecken kan också betyda något annat)",
    Msg.Q_SIGN_TEXT: "{sign} – vad såg eller hörde du? (med dina egna ord, Enter hoppar över)",
    Msg.Q_CONTEXTS: "Vad vet du i övrigt om personens situation?",
    Msg.Q_OTHER_EXPLANATIONS: "Vilka andra förklaringar kan det finnas till det du har sett?",
    Msg.Q_TOPICS: "Vilka delar av samtalet vill du förbereda?",
    Msg.Q_CONVERSATION_LANGUAGE: "Vilket språk förs samtalet på?",
    Msg.Q_CONVERSATION_LANGUAGE_EN: "engelska (formuleringarna på engelska, med svenska under)",
    Msg.Q_CONVERSATION_LANGUAGE_INTERPRETER: "ett annat språk, via en professionell tolk",
    Msg.Q_SUMMARY_WITH_INTERPRETER: ", med tolk",
    Msg.Q_REVIEW: "Vad vill du göra?",
    Msg.Q_REVIEW_SAVE: "Skapa anteckningen och spara den",
    Msg.Q_REVIEW_CHANGE: "Ändra ett svar",
    Msg.Q_REVIEW_KEEP: "Spara som utkast och sluta (fortsätt senare)",
    Msg.Q_REVIEW_DISCARD: "Kasta svaren",
    Msg.Q_CHANGE: "Vilket svar vill du ändra?",
    Msg.Q_DISCARD_SURE: "Kasta alla svar? Det går inte att ångra.",
    Msg.Q_YES: "Ja",
    Msg.Q_NO: "Nej",
    Msg.Q_YES_KEYS: "jJyY",
    Msg.Q_NO_KEYS: "nN",
    Msg.Q_CONFIRM_YES: "(Enter/j = ja, n = nej)",
    Msg.Q_CONFIRM_NO: "(j = ja, Enter/n = nej)",
    Msg.Q_SELECT_HELP: "(piltangenter och Enter)",
    Msg.Q_CHECKBOX_HELP: "(mellanslag väljer, Enter går vidare)",
    Msg.Q_CHECKED_NONE: "inget valt",
    Msg.Q_CHECKED_COUNT: "{count} valda",
    Msg.Q_SUMMARY_TITLE: "\nDina svar",
    Msg.Q_SUMMARY_LINE: "  {number}. {name}: {value}",
    Msg.Q_SUMMARY_ITEM: "\n       – {label}{said}",
    Msg.Q_SUMMARY_SAID: ": ”{text}”",
    Msg.Q_SUMMARY_NONE: "inget",
    Msg.Q_NAME_ROLE: "Din roll",
    Msg.Q_NAME_CITIZEN: "Pseudonym",
    Msg.Q_NAME_AGE_GROUP: "Ålder",
    Msg.Q_NAME_GENDER: "Kön",
    Msg.Q_NAME_NATIONALITY: "Nationalitet",
    Msg.Q_NAME_REGION: "Plats",
    Msg.Q_NAME_SIGNS: "Det du har lagt märke till",
    Msg.Q_NAME_CONTEXTS: "Situation",
    Msg.Q_NAME_OTHER_EXPLANATIONS: "Andra förklaringar",
    Msg.Q_NAME_TOPICS: "Samtalets delar",
    Msg.Q_NAME_CONVERSATION_LANGUAGE: "Samtalets språk",
    # The note
    Msg.CARD_TITLE: "Samtalskort",
    Msg.CARD_INTRO: "Att ha på bordet under mötet.",
    Msg.CARD_DUTY_FIRST: "Först – berätta om din skyldighet, {law}:",
    Msg.CARD_DUTY: "Din skyldighet, {law}:",
    Msg.CARD_OPENER: "Börja med:",
    Msg.CARD_OPENER_PERMISSION: "Fråga först om det är okej:",
    Msg.CARD_QUESTIONS: "Frågor, fas för fas",
    Msg.CARD_REFERRALS: "Hänvisa till",
    Msg.CARD_AGREED: "Det vi kom överens om",
    Msg.CARD_BLANK_AGREED: "Vi kom överens om:",
    Msg.CARD_BLANK_REFERRED: "Hänvisad till:",
    Msg.CARD_BLANK_NEXT_CONTACT: "Nästa kontakt (datum):",
    Msg.CARD_BLANK_SAFE_CONTACT: "Säkert sätt att nå personen:",
    Msg.NOTE_TITLE: "Förberedelse av samtal med {citizen}",
    Msg.NOTE_DATE: "Datum",
    Msg.NOTE_ROLE: "Min roll",
    Msg.NOTE_AGE_GROUP: "Ålder",
    Msg.NOTE_AREA: "Område",
    Msg.NOTE_NOT_GIVEN: "inte angivet",
    Msg.NOTE_LANGUAGE: "Samtalets språk",
    Msg.NOTE_INTERPRETER: "Tolk",
    Msg.NOTE_INTERPRETER_YES: "ja, en professionell tolk deltar",
    Msg.LANGUAGE_DA: "danska",
    Msg.LANGUAGE_SV: "svenska",
    Msg.LANGUAGE_EN: "engelska",
    Msg.NOTE_BANNER: (
        "**Privat förberedelseanteckning – inte en journalanteckning.** Radera den när "
        "samtalet är genomfört. Det som har betydelse för ärendet ska dokumenteras enligt "
        "reglerna om dokumentation."
    ),
    Msg.NOTE_H_OBSERVATIONS: "Iakttagelser",
    Msg.NOTE_OBSERVATIONS_INTRO: (
        "Det du har lagt märke till är skäl att fråga – inte slutsatser."
    ),
    Msg.NOTE_NO_OBSERVATIONS: "Inga tecken valda.",
    Msg.NOTE_H_OTHER_EXPLANATIONS: "Andra möjliga förklaringar",
    Msg.NOTE_FILL_IN: "Skriv här vad det annars kan bero på.",
    Msg.NOTE_H_CHECKLIST: "Förberedelse och skyldigheter",
    Msg.NOTE_HOW_TO_TELL: "Så kan du säga det till personen",
    Msg.NOTE_CONVERSATION_IN: "Säg det på {language}; den svenska texten står under.",
    Msg.NOTE_H_CONVERSATION: "Samtalsplan",
    Msg.NOTE_H_REFERRALS: "Möjligheter till hänvisning",
    Msg.NOTE_NO_REFERRALS: "Inga verksamheter i källorna passar området och situationen.",
    Msg.NOTE_HANDOUT: (
        "Till personen: `{command}` ger en sida om hjälpen i området och inget om personen "
        "(`--discreet` döljer ämnet)."
    ),
    Msg.NOTE_H_FOR_YOU: "För dig som yrkesperson",
    Msg.NOTE_CONTACT: "{label}: {value}{note} (uppgift från {when}{years})",
    Msg.NOTE_CONTACT_BARE: "{label}: {value}{note}",
    Msg.NOTE_CONTACT_UNDATED: "{label}: {value}{note} (källan är inte daterad)",
    Msg.CARD_REACH_VIA: "nås genom {name} – {contact}",
    Msg.NOTE_REACH_VIA: "Nås genom {name}: {note} – {contact}",
    Msg.NOTE_CONTACT_DOUBTFUL: "– gammal uppgift, kontrollera före användning",
    Msg.NOTE_YEARS_OLD: ", {years} år sedan",
    Msg.NOTE_H_FACTS: "Fakta att ha till hands",
    Msg.NOTE_H_FOLLOW_UP: "Uppföljning",
    Msg.NOTE_FOLLOW_UP_ON_CARD: ("Det ni kom överens om och nästa kontakt: skriv det på kortet."),
    Msg.NOTE_FOLLOW_UP_CONSENT_TO_SHARE: (
        "Det här får jag dela, och med vem (personens eget samtycke):"
    ),
    Msg.NOTE_FOLLOW_UP_CASE_RECORD: (
        "Det här ska dokumenteras i journalen (dokumentationsskyldighet):"
    ),
    Msg.NOTE_H_SOURCES: "Källor",
    Msg.NOTE_REFERRALS_ON_CARD: "På kortet: {names}.",
    Msg.NOTE_REFERRALS_MORE: "Fler som passar: {names}.",
    Msg.NOTE_FACTS_ELSEWHERE: "Fakta om lag, statistik och begrepp: `{command}`.",
    Msg.NOTE_QUESTIONS_ON_CARD: "Frågorna till varje fas står på kortet.",
    Msg.NOTE_LOCAL_SHORT: "lokal verksamhet",
    Msg.NOTE_NO_CONTACT: "inga kontaktuppgifter i källorna; fråga Socialstyrelsen",
    Msg.NOTE_MORE_EXPLANATIONS: "Andra möjliga förklaringar till {count} av tecknen: `{command}`.",
    Msg.NOTE_ALSO_CHOSEN: "Också valda, utan egna ord: {signs}",
    Msg.NOTE_CONVERSATION_CARD: "Efter kortets frågor, i varje fas:",
    Msg.NOTE_MORE_STEPS: (
        "{count} steg till passar situationen men har utelämnats för att hålla anteckningen "
        "kort; de viktigaste står överst."
    ),
    Msg.NOTE_MORE: "Allt som utelämnas här: `{facts}`, `{phrases}`, `{signs}`, `{resources}`.",
    Msg.SOURCES_LAW: "{source} ({web})",
    Msg.SOURCES_LOCAL: "Din lokala fil med verksamheter: {offers}",
    Msg.SOURCES_LOCAL_OFFER: "{name}, kontrollerad {when} av {who}",
    Msg.SOURCES_LAW_CHECKED: "Lagstödet {marks} är kontrollerat {checked}.",
    Msg.SOURCES_LAW_ALL_OPEN: (
        "Lagstödet {marks} är kontrollerat {checked}; något är inte bekräftat: se `{command}`."
    ),
    Msg.SOURCES_LAW_OPEN: "Inte bekräftat för {marks}: se `{command}`.",
    # after the meeting: follow-ups and the journal text
    Msg.FOLLOWUP_HEADING: "Efter mötet: {when}",
    Msg.FOLLOWUP_L_OUTCOME: "Kontakt",
    Msg.FOLLOWUP_L_TOPICS: "Vi pratade om",
    Msg.FOLLOWUP_L_AGREED: "Överenskommet",
    Msg.FOLLOWUP_L_REFERRALS: "Hänvisad till",
    Msg.FOLLOWUP_L_CONSENT: "Samtycke till att dela",
    Msg.FOLLOWUP_L_SAFE_CONTACT: "Säkert sätt att nå personen",
    Msg.FOLLOWUP_L_NOTIFIED: "Orosanmälan",
    Msg.FOLLOWUP_L_NEXT_CONTACT: "Nästa kontakt",
    Msg.FOLLOWUP_OUTCOME_HELD: "samtalet blev av",
    Msg.FOLLOWUP_OUTCOME_POSTPONED: "samtalet sköts upp",
    Msg.FOLLOWUP_OUTCOME_DECLINED: "personen tackade nej till samtalet",
    Msg.FOLLOWUP_FORM_IN_PERSON: "personligt möte",
    Msg.FOLLOWUP_FORM_PHONE: "telefon",
    Msg.FOLLOWUP_FORM_VIDEO: "video",
    Msg.FOLLOWUP_FORM_WRITTEN: "skriftligt (sms, mejl eller brev)",
    Msg.FOLLOWUP_NONE: "inget angivet",
    Msg.FOLLOWUP_NO_CONSENT: "inget samtycke givet",
    Msg.FOLLOWUP_NOT_NOTIFIED: "ingen",
    Msg.FOLLOWUP_NOTIFIED_ON: "gjord {when}",
    Msg.FOLLOWUP_NO_NEXT: "ingen bestämd",
    Msg.FOLLOWUP_NONE_YET: (
        "Anteckningen har ingen uppföljning än. Lägg till en med 'samtale notes followup ID'."
    ),
    Msg.FQ_OUTCOME: "Blev samtalet av?",
    Msg.FQ_CONTACT_FORM: "Hur hade ni kontakt?",
    Msg.FQ_CONTACT_DATE: "När (datum, ÅÅÅÅ-MM-DD)?",
    Msg.FQ_TOPICS: "Vad pratade ni om? (kort, skilj med komma; inga namn)",
    Msg.FQ_AGREED: "Vad kom ni överens om?",
    Msg.FQ_REFERRALS: "Vilka verksamheter hänvisade du till?",
    Msg.FQ_OTHER: "Annat",
    Msg.FQ_REFERRALS_OTHER: "Vilka andra (skilj med komma)?",
    Msg.FQ_CONSENT: "Gav personen samtycke till att du delar uppgifter?",
    Msg.FQ_CONSENT_WITH: "Vad får du dela, och med vem?",
    Msg.FQ_SAFE_CONTACT: "Hur kan du nå personen säkert (t.ex. bara sms, inte på kvällen)?",
    Msg.FQ_NOTIFIED: "Har du gjort en orosanmälan?",
    Msg.FQ_NOTIFIED_WHEN: "När (ÅÅÅÅ-MM-DD)?",
    Msg.FQ_NEXT_CONTACT: "Nästa kontakt (ÅÅÅÅ-MM-DD, tomt om ingen är bestämd):",
    Msg.FQ_BAD_DATE: "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-12-01.",
    Msg.FQ_REQUIRED: "Skriv ett svar.",
    Msg.FQ_CONFIRM: "Lägga till uppföljningen i anteckningen?",
    Msg.FOLLOWUP_SAVED: (
        "Uppföljningen är tillagd i anteckningen {id}. Journaltexten: samtale notes journal {id}"
    ),
    Msg.FOLLOWUP_NEEDS_TERMINAL: (
        "Frågorna kräver en terminal. Använd --answers FIL (se README) utan en terminal."
    ),
    Msg.FOLLOWUP_NOT_SAVED: "Inget har sparats.",
    Msg.FOLLOWUP_SAVE_FAILED: (
        "Uppföljningen sparades inte: {reason}. Dina svar finns i ett privat utkast; fortsätt, "
        "när det är åtgärdat, med: {command}"
    ),
    Msg.FOLLOWUP_SAVE_FAILED_NO_DRAFT: (
        "Uppföljningen sparades inte: {reason}. Utkastet kunde inte heller sparas."
    ),
    Msg.FOLLOWUP_SAVE_FAILED_FILE: (
        "Uppföljningen sparades inte: {reason}. Svaren finns kvar oförändrade i {path} – kör "
        "kommandot igen när det är åtgärdat."
    ),
    Msg.FOLLOWUP_NO_DRAFT: (
        "Det finns inget utkast till en uppföljning av {id}. Börja med 'samtale notes followup "
        "{id}'."
    ),
    Msg.FOLLOWUP_CONTINUING: (
        "Du fortsätter en uppföljning som inte sparades. Tryck Enter för att behålla ett svar."
    ),
    Msg.EXPORT_TITLE: "Samtalskort och förberedelse",
    Msg.EXPORT_SAVED: "Sparad: {path}",
    Msg.EXPORT_NOT_ENCRYPTED: (
        "Filen är inte krypterad, fast anteckningen är det. Radera den när du har skrivit ut den."
    ),
    Msg.JOURNAL_TITLE: "Kontakt {when}",
    Msg.JOURNAL_CONTACT: "Kontaktform: {form}. Förlopp: {outcome}.",
    Msg.JOURNAL_TOPICS: "Ämnen: {topics}",
    Msg.JOURNAL_AGREED: "Överenskommelser: {agreed}",
    Msg.JOURNAL_REFERRALS: "Hänvisningar: {referrals}",
    Msg.JOURNAL_CONSENT: "Samtycke till att lämna ut uppgifter: {consent}",
    Msg.JOURNAL_NOTIFIED: "Orosanmälan: {notified}",
    Msg.JOURNAL_NEXT: "Nästa steg: {next}",
    Msg.JOURNAL_NONE: "inga",
    Msg.JOURNAL_NO_CONSENT: "inte givet",
    Msg.JOURNAL_NOT_NOTIFIED: "ingen gjord",
    Msg.JOURNAL_NOTIFIED_ON: "gjord {when}",
    Msg.JOURNAL_NO_NEXT: "ingen ny kontakt bestämd",
    Msg.JOURNAL_NEXT_ON: "ny kontakt {when}",
    Msg.PREP_OLD_NOTES: (
        "{count} anteckningar är äldre än {days} dagar. Radera dem med 'samtale notes purge'."
    ),
    Msg.PREP_OLD_NOTES_ONE: (
        "1 anteckning är äldre än {days} dagar. Radera den med 'samtale notes purge'."
    ),
    # notes
    Msg.HELP_NOTES: "Dina privata förberedelseanteckningar: visa, läs, radera och rensa.",
    Msg.HELP_NOTES_LIST: "Visa anteckningarna, nyaste först.",
    Msg.HELP_NOTES_SHOW: "Läs en anteckning.",
    Msg.HELP_NOTES_DELETE: "Radera en anteckning.",
    Msg.HELP_NOTES_PURGE: "Radera anteckningar och utkast som är äldre än lagringstiden.",
    Msg.HELP_NOTES_ENCRYPT: (
        "Kryptera anteckningar, utkast och övningssvar som ännu är okrypterade."
    ),
    Msg.HELP_NOTES_ID: "Anteckningens id från 'samtale notes list' (eller dess första tecken).",
    Msg.HELP_NOTES_RAW: "Skriv anteckningen som markdown i stället för att formatera den.",
    Msg.HELP_NOTES_CARD: "Visa bara samtalskortet: den enda sidan att ha på bordet.",
    Msg.HELP_NOTES_DUE: "Bara anteckningar med nästa kontakt inom 7 dagar eller försenad.",
    Msg.HELP_NOTES_FOLLOWUP: "Efter mötet: lägg till vad som hände och vad ni kom överens om.",
    Msg.HELP_NOTES_FOLLOWUP_ANSWERS: "Läs svaren från en YAML-fil i stället för att fråga.",
    Msg.HELP_NOTES_FOLLOWUP_RESUME: (
        "Fortsätt en uppföljning som inte sparades (det sker också utan)."
    ),
    Msg.HELP_NOTES_JOURNAL: "Den korta, sakliga texten till journalen om senaste uppföljningen.",
    Msg.HELP_NOTES_EXPORT: "Anteckningen som en sida för utskrift (html) eller som markdown (md).",
    Msg.HELP_NOTES_FORMAT: "html (en sida för utskrift, kortet på första sidan) eller md.",
    Msg.HELP_NOTES_OUTPUT: "Spara i en ny fil i stället för att skriva till skärmen.",
    Msg.HELP_NOTES_YES: "Hoppa över bekräftelsen.",
    Msg.HELP_NOTES_OLDER_THAN: (
        "Radera det som är äldre än så, t.ex. 30d eller 2w (standard: lagringstiden)."
    ),
    Msg.NOTES_NONE: "Inga anteckningar i {folder}.",
    Msg.NOTES_NONE_DUE: "Inga anteckningar har en uppföljning inom 7 dagar eller försenad.",
    Msg.NOTES_DUE_MARK: "! {when}",
    Msg.NOTES_FOLLOW_UP_AHEAD: (
        "{count} anteckningar har en bestämd kontakt som inte har varit än och raderas inte "
        "utan att fråga: {ids}"
    ),
    Msg.NOTES_FOLLOW_UP_AHEAD_ONE: (
        "1 anteckning har en bestämd kontakt som inte har varit än och raderas inte utan "
        "att fråga: {ids}"
    ),
    Msg.NOTES_CONFIRM_PURGE_AHEAD: "Radera dem också?",
    Msg.NOTES_TITLE: "Anteckningar i {folder}",
    Msg.NOTES_COL_ID: "id",
    Msg.NOTES_COL_DATE: "Datum",
    Msg.NOTES_COL_CITIZEN: "Pseudonym",
    Msg.NOTES_COL_REGION: "Område",
    Msg.NOTES_COL_AGE_GROUP: "Ålder",
    Msg.NOTES_COL_SIZE: "Storlek",
    Msg.NOTES_COL_NEXT_CONTACT: "Nästa kontakt",
    Msg.NOTES_UNREADABLE: "(kan inte läsas: {reason})",
    Msg.NOTES_NOT_TEXT: "filen är ingen anteckning i UTF-8",
    Msg.NOTES_CANNOT_OPEN: "Anteckningen {id} kan inte öppnas: {reason}",
    Msg.NOTES_UNKNOWN_ID: "Ingen anteckning har id '{id}'. Se id:na med 'samtale notes list'.",
    Msg.NOTES_AMBIGUOUS_ID: (
        "'{id}' passar in på flera anteckningar ({ids}) – skriv fler tecken av id:t."
    ),
    Msg.NOTES_NO_CARD: (
        "Anteckningen gjordes innan anteckningar fick ett samtalskort. "
        "Gör en ny med 'samtale prep'."
    ),
    Msg.NOTES_BAD_DURATION: (
        "Ogiltig tidsangivelse '{value}'. Skriv t.ex. 30d (dagar) eller 2w (veckor)."
    ),
    Msg.NOTES_RECORD_REMINDER: (
        "Kom ihåg: det som har betydelse för ärendet ska dokumenteras i journalen "
        "(dokumentationsskyldighet) – samtale sparar det inte åt dig."
    ),
    Msg.NOTES_CONFIRM_DELETE: "Radera anteckningen {id} från {date}?",
    Msg.NOTES_CONFIRM_DELETE_DRAFT: "Radera utkastet {id}? Svaren i det går inte att få tillbaka.",
    Msg.NOTES_DRAFT_MARK: "{citizen} (utkast, {answered} svar)",
    Msg.NOTES_CONFIRM_PURGE: (
        "Radera {count} anteckningar och utkast som är äldre än {days} dagar?"
    ),
    Msg.NOTES_CONFIRM_PURGE_ONE: "Radera 1 anteckning eller utkast som är äldre än {days} dagar?",
    Msg.NOTES_NEEDS_YES: (
        "Utan en terminal går det inte att fråga – lägg till --yes för att radera."
    ),
    Msg.NOTES_DELETED: "Raderad: {id}",
    Msg.NOTES_PURGE_NONE: "Inget är äldre än {days} dagar.",
    Msg.NOTES_PURGED: "Raderade {count} anteckningar och utkast som var äldre än {days} dagar.",
    Msg.NOTES_PURGED_ONE: "Raderade 1 anteckning eller utkast som var äldre än {days} dagar.",
    # config
    Msg.NOTES_ENCRYPT_NONE: "Allt sparat är redan krypterat.",
    Msg.NOTES_CONFIRM_ENCRYPT: "Kryptera {count} filer nu? De okrypterade versionerna raderas.",
    Msg.NOTES_CONFIRM_ENCRYPT_ONE: "Kryptera 1 fil nu? Den okrypterade versionen raderas.",
    Msg.NOTES_ENCRYPTED: "Krypterade {count} filer; inga okrypterade versioner finns kvar.",
    Msg.NOTES_ENCRYPTED_ONE: "Krypterade 1 fil; ingen okrypterad version finns kvar.",
    Msg.HELP_CONFIG: "Visa och ändra inställningarna (lagring, kryptering, land).",
    Msg.HELP_CONFIG_SHOW: "Visa inställningarna och var de är sparade.",
    Msg.HELP_CONFIG_SET: "Ändra en inställning, t.ex. 'samtale config set retention_days 14'.",
    Msg.HELP_CONFIG_KEY: "retention_days, encrypt eller country.",
    Msg.HELP_CONFIG_VALUE: "Det nya värdet, t.ex. 14, true eller se.",
    Msg.CONFIG_FILE: "# {path}",
    Msg.CONFIG_SAVED: "{key} = {value} (sparat i {path})",
    Msg.CONFIG_PLAIN_LEFT: (
        "{count} sparade anteckningar, utkast eller övningssvar är fortfarande okrypterade."
    ),
    Msg.CONFIG_PLAIN_LEFT_ONE: (
        "1 sparad anteckning, utkast eller övningssvar är fortfarande okrypterat."
    ),
    Msg.CONFIG_ENCRYPT_NOW: "Kryptera dem nu?",
    Msg.CONFIG_ENCRYPT_LATER: "Kryptera dem med 'samtale notes encrypt'.",
    Msg.CONFIG_UNREADABLE: "Kan inte läsa {path}: {reason}.",
    Msg.CONFIG_OTHER_OWNER: (
        "{path} ägs av en annan användare (uid {uid}), så samtale använder den inte. Ta bort den,"
        " eller gör den till din egen (chown)."
    ),
    Msg.CONFIG_TOO_BIG: "{path} är för stor för en inställningsfil (högst {limit} KiB).",
    Msg.CONFIG_BAD_TOML: "{path}: ogiltig TOML: {problem}",
    Msg.CONFIG_NOT_UTF8: (
        "{path}: filen är inte UTF-8-text. Rätta den, eller skriv om den med "
        "'samtale config set NYCKEL VÄRDE'."
    ),
    Msg.CONFIG_REPAIRING: "Inställningsfilen var ogiltig ({problem}); den skrivs om.",
    Msg.CONFIG_UNKNOWN_KEY: "{path}: okänd inställning '{key}'. Giltiga: {valid}.",
    Msg.CONFIG_BAD_VALUE: "{path}: {key}: {problem}",
    Msg.CONFIG_UNKNOWN_SETTING: "Okänd inställning '{key}'{hint} Giltiga: {valid}.",
    Msg.CONFIG_BAD_SETTING: "{key}: {problem}",
    Msg.CONFIG_BAD_RETENTION: "måste vara ett helt antal dagar, 0 eller fler",
    Msg.CONFIG_BAD_BOOL: "måste vara true eller false",
    Msg.CONFIG_BAD_PATH: "måste vara en sökväg till en fil",
    Msg.CONFIG_BAD_COUNTRY: "måste vara ett av {valid}",
    Msg.CONFIG_BAD_ROLE: "ska vara en kort text på en rad (högst 80 tecken)",
    # encryption
    Msg.CRYPTO_ASK: "Lösenfras för dina anteckningar: ",
    Msg.CRYPTO_ASK_AGAIN: "Upprepa lösenfrasen: ",
    Msg.CRYPTO_NO_RECOVERY: (
        "Välj en lösenfras som du kan komma ihåg. Glömmer du den kan ingen – inte heller "
        "samtale – öppna dina krypterade anteckningar och utkast igen."
    ),
    Msg.CRYPTO_TRY_AGAIN: "Fel lösenfras. Försök igen ({left} försök kvar).",
    Msg.CRYPTO_MISMATCH: "De två lösenfraserna stämmer inte överens. Inget har sparats.",
    Msg.CRYPTO_TOO_SHORT: "Lösenfrasen måste ha minst 8 tecken.",
    Msg.CRYPTO_NEEDS_TERMINAL: (
        "Anteckningarna är krypterade, och lösenfrasen måste skrivas i en terminal "
        "(eller finnas i filen som SAMTALE_PASSPHRASE_FILE pekar på)."
    ),
    Msg.CRYPTO_FILE_UNREADABLE: "Kan inte läsa lösenfrasen från {path}: {reason}.",
    Msg.CRYPTO_FILE_NOT_UTF8: "Lösenfrasen i {path} är inte UTF-8-text.",
    Msg.CRYPTO_WRONG_PASSPHRASE: "Fel lösenfras (eller så har filen ändrats).",
    Msg.CRYPTO_NOT_SEALED: "Filen är inte krypterad av samtale.",
    Msg.CRYPTO_DAMAGED: "Filen är avkortad eller skadad och kan inte öppnas.",
    Msg.CRYPTO_CHECK_DAMAGED: (
        "{path} är skadad. Radera den: den skapas igen när lösenfrasen öppnar en av dina "
        "anteckningar."
    ),
    Msg.STORAGE_DRAFT_ENCRYPTED: (
        "Utkastet {path} är krypterat; slå på kryptering för att öppna det."
    ),
    # practice and reflect
    Msg.HELP_PRACTICE: (
        "Öva på fall ensam eller i teamet: utan FALL visas listan, med FALL ställs "
        "de sex reflektionsfrågorna."
    ),
    Msg.HELP_PRACTICE_CASE: "Fallets id från listan (eller dess första tecken).",
    Msg.HELP_PRACTICE_GROUP: (
        "Skriv fallet som ett diskussionsunderlag i markdown för ett teammöte."
    ),
    Msg.HELP_PRACTICE_SAVE: "Spara dina svar privat; under tiden ligger de i ett utkast.",
    Msg.HELP_PRACTICE_RESUME: (
        "Fortsätt svar som inte sparades (med FALL: det fallet, annars det senaste)."
    ),
    Msg.HELP_REFLECT: "En kort avstämning med dig själv före samtalet. Svaren sparas aldrig.",
    Msg.KIND_CASE: "fall",
    Msg.PRACTICE_TITLE: "Fall för övning och diskussion i teamet",
    Msg.PRACTICE_COL_TITLE: "Fall",
    Msg.PRACTICE_HOW: "Starta ett fall med 'samtale practice ID', eller skriv ut det med --group.",
    Msg.PRACTICE_AMBIGUOUS: "'{id}' passar in på flera fall ({ids}) – skriv mer av id:t.",
    Msg.PRACTICE_NEEDS_TERMINAL: (
        "Övningen ställer frågor och kräver en terminal. Använd --group för att skriva ut fallet."
    ),
    Msg.PRACTICE_Q_MEET: "Hur möter du personen?",
    Msg.PRACTICE_Q_PLAN: "Hur planerar du samtalet?",
    Msg.PRACTICE_Q_SUPPORT: "Vilket stöd kan du ge?",
    Msg.PRACTICE_Q_INFORMATION: "Vilken information behöver personen?",
    Msg.PRACTICE_Q_OWN_NEEDS: "Vad behöver du själv?",
    Msg.PRACTICE_Q_DUTIES: "Vad behöver du göra utifrån din roll och dina skyldigheter?",
    Msg.PRACTICE_H_QUESTIONS: "Frågor att diskutera",
    Msg.PRACTICE_HANDOUT_NOTE: (
        "Fallet är påhittat. Skriv aldrig om verkliga personer i underlaget."
    ),
    Msg.PRACTICE_SAY: "Säg t.ex.: {text}",
    Msg.PRACTICE_REFER: "Hänvisa eventuellt till: {name}",
    Msg.PRACTICE_FACT: "Fakta: {title}",
    Msg.PRACTICE_REMEMBER: "Kom ihåg: {text}",
    Msg.PRACTICE_SAVED: "Dina svar är sparade privat: {path}",
    Msg.PRACTICE_SAVE_FAILED: (
        "Svaren sparades inte: {reason}. De finns i ett privat utkast; fortsätt, när det är "
        "åtgärdat, med: {command}"
    ),
    Msg.PRACTICE_SAVE_FAILED_NO_DRAFT: (
        "Svaren sparades inte: {reason}. Utkastet kunde inte heller sparas."
    ),
    Msg.PRACTICE_NO_DRAFT: (
        "Det finns inga osparade svar att fortsätta. Börja med 'samtale practice FALL --save'."
    ),
    Msg.PRACTICE_CONTINUING: (
        "Du fortsätter svar som inte sparades. Tryck Enter för att behålla ett svar."
    ),
    Msg.REFLECT_INTRO: (
        "Några frågor till dig själv före samtalet. Svara ärligt – ingenting sparas."
    ),
    Msg.REFLECT_READY: "Du verkar vara redo. Lycka till med samtalet.",
    Msg.REFLECT_NOT_SAVED: "Dina svar har inte sparats.",
    # encryption: a file's identity, the passphrase file, weak passphrases
    Msg.NOTES_OTHER_NOTE: (
        "filen innehåller anteckningen {other} – den har bytt namn eller bytts ut mot en "
        "annan. Inget har ändrats."
    ),
    Msg.NOTES_OLDER_COPY: (
        "filen är en äldre version (nr {have}; den senaste är nr {want}), så en uppföljning "
        "kan saknas. Inget har ändrats; lägg tillbaka den senaste versionen."
    ),
    Msg.CRYPTO_FILE_TOO_BIG: "{path} är inte en fil med en lösenfras (mer än {limit} byte).",
    Msg.CRYPTO_WEAK: (
        "Varning: lösenfrasen är lätt att gissa ({reason}). "
        "Använd hellre fyra–fem ord som inte hör ihop."
    ),
    Msg.CRYPTO_WEAK_SHORT: "kortare än 12 tecken",
    Msg.CRYPTO_WEAK_REPEATS: "för få olika tecken",
    Msg.CRYPTO_WEAK_DIGITS: "bara siffror",
    Msg.CRYPTO_WEAK_RUN: "en följd ur alfabetet eller tangentbordet",
    Msg.CRYPTO_WEAK_COMMON: "ett ord som prövas bland de första",
}
