//! Word lists the attribution rules read: speech verbs, role words, titles, and words that never
//! name a claimant. Every entry is lowercase.

/// Finite verbs that introduce a claim: "X said", "X reported", "X estimated".
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "tell", "announced", "announces", "announce", "reported", "reports",
    "report", "estimated", "estimates", "estimate", "confirmed", "confirms", "confirm", "wrote", "writes",
    "added", "adds", "stated", "claimed", "claims", "claim", "noted", "notes", "tallied", "tallies", "counted",
    "forecast", "forecasts", "forecasted", "predicted", "predicts", "predict", "projected", "projects",
    "revealed", "reveals", "described", "describes", "warned", "warns", "explained", "explains", "insisted",
    "acknowledged", "admitted", "posted", "tweeted", "put", "puts", "declared", "declares", "calculated",
    "believes", "believed", "assessed", "recorded", "registered", "informed", "stressed", "emphasized",
    "emphasised", "indicated", "suggested", "showed", "shows", "listed", "updated", "detailed", "cited",
    "quoted", "show", "put", "pegged", "pegs", "puts", "told", "reiterated", "disclosed", "publishes", "published",
];

/// Verbs that only introduce a claim when a figure or "that" follows them in the clause (they also
/// describe actions: "Officials put up tents", "the agency recorded 479 quakes").
pub(crate) const WEAK_VERBS: &[&str] = &[
    "put", "puts", "declared", "declares", "recorded", "registered", "showed", "shows", "show", "listed", "updated",
    "detailed", "cited", "quoted", "pegged", "pegs", "posted", "published", "publishes", "counted",
    "described", "describes", "informed",
];

/// Participles that carry the claim of the clause's subject on: "..., adding that 121 had left".
pub(crate) const PARTICIPLES: &[&str] = &[
    "saying", "adding", "noting", "telling", "explaining", "stating", "claiming", "estimating", "announcing",
    "reporting", "confirming", "warning", "stressing", "insisting", "revealing", "acknowledging", "writing",
    "putting", "predicting", "projecting", "emphasizing", "emphasising", "describing",
];

/// Words that may stand between a subject and its verb ("has", "also", "on Monday").
pub(crate) const SKIP_BEFORE_VERB: &[&str] = &[
    "has", "have", "had", "also", "later", "earlier", "previously", "again", "further", "then", "already",
    "now", "just", "recently", "separately", "initially", "originally", "first", "officially", "repeatedly",
    "publicly", "directly", "would", "will", "could", "may", "might", "did", "does", "do", "not", "never",
    "on", "late", "early", "last", "this", "today", "yesterday", "tonight", "morning", "afternoon",
    "evening", "night", "week", "formally", "subsequently", "previously", "similarly", "likewise", "still",
    "since", "once", "too", "meanwhile", "however", "week", "month", "overnight", "separately",
];


/// Forms of "be": a speech verb after them is passive ("were reported killed").
pub(crate) const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "'s", "’s"];

/// Day names, skipped around verbs and never part of a name.
pub(crate) const DAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "weekend",
];

/// Month names.
pub(crate) const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Capitalised words that begin sentences but never name a claimant.
pub(crate) const NEVER_NAME: &[&str] = &[
    "but", "and", "or", "so", "yet", "meanwhile", "however", "also", "then", "later", "earlier", "on", "in",
    "at", "after", "before", "while", "when", "as", "now", "separately", "still", "some", "many", "most",
    "all", "other", "others", "this", "that", "these", "those", "there", "here", "it", "he", "she", "they",
    "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "if", "though", "although",
    "because", "since", "with", "without", "from", "for", "by", "to", "of", "about", "around", "over",
    "under", "more", "less", "nearly", "almost", "several", "few", "both", "each", "every", "no", "not",
    "what", "who", "which", "where", "why", "how", "speaking", "according", "asked", "despite", "during",
    "until", "amid", "among", "across", "near", "into", "onto", "through", "thousands", "hundreds",
    "dozens", "millions", "tens", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "a", "an", "the", "watch", "read", "more", "update", "updates", "live", "breaking", "photo",
    "video", "image", "story", "related", "advertisement", "share", "follow", "subscribe", "even",
    "only", "just", "already", "again", "today", "yesterday", "tonight", "such", "another", "any", "much",
    "then", "thus", "instead", "indeed", "overall", "together", "total", "figures", "data", "reports",
];

/// Titles that stand before a person's name ("President", "Gov.", "Colonel General").
pub(crate) const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "gen", "general",
    "col", "colonel", "lt", "lieutenant", "maj", "major", "capt", "captain", "cmdr", "commander", "adm",
    "admiral", "sgt", "sergeant", "marshal", "brig", "brigadier", "president", "vice", "prime", "minister",
    "premier", "chancellor", "governor", "gov", "mayor", "senator", "sen", "rep", "representative",
    "secretary", "speaker", "deputy", "acting", "chief", "head", "director", "spokesman", "spokeswoman",
    "spokesperson", "ambassador", "envoy", "king", "queen", "prince", "princess", "pope", "judge",
    "justice", "attorney", "commissioner", "sheriff", "chairman", "chairwoman", "chair", "ceo", "leader",
    "assistant", "foreign", "interior", "defence", "defense", "health", "regional", "local", "district",
    "state", "federal", "former", "top", "senior", "military", "army", "emergency", "county", "city",
    "provincial", "prefectural", "municipal", "official", "officer", "founder", "executive", "manager",
    "coordinator", "analyst", "expert", "professor", "st", "hon", "rev", "mp", "mep", "congressman",
    "congresswoman", "councillor", "councilman", "councilwoman", "superintendent", "inspector",
    "commandant", "field", "staff", "public", "chairperson", "president-elect", "vp",
];

/// Lowercase nouns that head a claimant noun phrase ("district officials", "the governor").
pub(crate) const ROLE_HEADS: &[&str] = &[
    "officials", "official", "authorities", "authority", "police", "ministry", "government", "governments",
    "agency", "agencies", "governor", "mayor", "spokesperson", "spokesman", "spokeswoman", "minister",
    "president", "chief", "commander", "head", "director", "experts", "expert", "residents", "witnesses",
    "witness", "rescuers", "analysts", "analyst", "survey", "service", "services", "military", "army",
    "office", "department", "forecasters", "scientists", "seismologists", "officers", "officer", "workers",
    "organizers", "volunteers", "medics", "doctors", "hospital", "hospitals", "media", "broadcaster",
    "network", "newspaper", "blog", "blogger", "sources", "source", "firm", "company", "utility",
    "utilities", "group", "organization", "organisation", "monitor", "observatory", "center", "centre",
    "council", "committee", "administration", "staff", "team", "teams", "operator", "provider", "regulator",
    "institute", "university", "site", "website", "tracker", "insurer", "insurers", "modeler", "modelers",
    "researchers", "observers", "governors", "ministers", "leaders", "leader", "journalists",
    "correspondent", "reporters", "estimates", "statement", "officialdom", "prosecutors", "coroner",
    "examiner", "sheriff", "troops", "forces", "spokespeople", "diplomats", "diplomat", "lawmakers",
    "legislators", "activists", "monitors", "prefecture", "municipality", "secretary", "chairman",
    "board", "bureau", "commission", "inspectorate", "watchdog", "force", "guard", "ngo", "charity",
    "outlet", "channel", "television", "tv", "radio", "press", "wire", "analytics", "consultancy",
    "spokesmen", "speaker", "envoy", "ambassador", "envoys",
];

/// Lowercase words that modify a claimant head ("acting governor", "local authorities").
pub(crate) const ROLE_MODS: &[&str] = &[
    "acting", "local", "regional", "district", "state", "federal", "provincial", "prefectural", "municipal",
    "city", "county", "national", "military", "top", "senior", "former", "deputy", "chief", "health",
    "interior", "defence", "defense", "foreign", "emergency", "disaster", "management", "public", "government",
    "weather", "forecasting", "analytics", "modeling", "modelling", "rescue", "civil", "humanitarian",
    "influential", "independent", "news", "state-run", "state-owned", "state-controlled", "private",
    "broadcaster", "meteorological", "seismological", "geological", "tracking", "monitoring", "relief",
    "aid", "medical", "fire", "transport", "energy", "power", "electric", "economic", "interior", "war",
    "security", "intelligence", "police", "border", "army", "navy", "air", "general", "press", "information",
    "media", "pro-russian", "pro-kremlin", "pro-government", "kremlin-installed", "russian-installed",
    "russia-installed", "new", "vice", "prime", "assistant", "top", "data", "research", "insurance",
    "risk", "catastrophe", "utility", "wire", "television", "radio", "official", "ukrainian", "russian",
    "turkish", "syrian", "japanese", "american", "british", "european", "international", "foreign",
    "coast", "guard", "space", "nuclear", "atomic", "environmental", "environment", "agriculture",
    "finance", "financial", "education", "trade", "justice", "home", "office", "communications",
    "operations", "planning", "statistics", "statistical", "census", "labour", "labor", "immigration",
    "investigative", "investigation", "electoral", "election", "opposition", "ruling", "party", "union",
    "global", "world", "u.n", "un", "u.s", "us", "eu", "nato", "interim", "outgoing", "incoming",
    "newly", "appointed", "elected", "spokesperson", "head", "main", "central", "western", "eastern",
    "northern", "southern", "northwestern", "northeastern", "southwestern", "southeastern", "county",
    "team", "rescue", "search", "recovery", "task", "crisis", "tourism", "tracking", "modeling",
    "region", "province", "oblast", "town", "village", "area", "territory", "republic", "island",
];

/// Words that make a name a body rather than a person ("Ministry", "Agency", "Institute").
pub(crate) const ORG_WORDS: &[&str] = &[
    "ministry", "agency", "service", "services", "center", "centre", "survey", "authority", "authorities",
    "department", "office", "council", "committee", "government", "news", "press", "co", "inc", "corp",
    "ltd", "llc", "plc", "group", "analytics", "energy", "electric", "power", "crescent",
    "cross", "organization", "organisation", "institute", "university", "bank", "fund", "commission",
    "association", "society", "officials", "police", "military", "army", "forces", "force", "guard",
    "administration", "board", "bureau", "foundation", "times", "post", "daily", "herald", "telegraph",
    "journal", "gazette", "tribune", "express", "observer", "guardian", "ledger", "chronicle", "mail",
    "network", "broadcaster", "tv", "radio", "television", "channel", "media", "agency", "company",
    "firm", "corporation", "program", "programme", "mission", "alliance", "union", "nations", "court",
    "parliament", "senate", "congress", "kremlin", "pentagon", "house", "hospital", "management",
    "weather", "meteorological", "geological", "seismology", "observatory", "monitor",
    "tally", "reuters", "ap", "afp", "upi", "cnn", "bbc", "nbc", "cbs", "abc", "nhk", "kyodo", "xinhua",
    "tass", "ria", "anadolu", "site", "website", "team", "teams", "residents", "experts", "authorities",
    "sources", "witnesses", "rescuers", "analysts", "workers", "staff", "utility", "utilities",
    "provider", "operator", "research", "insurance", "defense", "defence", "emergency", "disaster",
    "presidency", "prefecture", "municipality", "county", "district", "region", "province", "state",
    "city", "capital", "republic", "kingdom", "federation", "statistics", "tracker", "watchdog",
];

/// Nouns naming a document or count a claim comes in: "according to data from X", "a tally by X".
pub(crate) const DOC_NOUNS: &[&str] = &[
    "data", "figures", "figure", "tally", "count", "estimate", "estimates", "statement", "statements",
    "report", "reports", "translation", "message", "post", "update", "updates", "analysis", "list",
    "information", "records", "numbers", "statistics", "stats", "calculations", "calculation", "assessment",
    "assessments", "survey", "briefing", "bulletin", "tweet", "posting", "readout", "projections",
    "projection", "model", "modelling", "modeling", "forecast", "forecasts", "findings", "counts",
    "toll", "release", "note", "notice", "reporting", "research", "review", "study",
];

/// Adjectives that may stand before a document noun ("a preliminary estimate by X").
pub(crate) const DOC_MODS: &[&str] = &[
    "a", "an", "the", "preliminary", "latest", "new", "official", "initial", "first", "updated", "recent",
    "final", "provisional", "early", "separate", "fresh", "revised", "last", "current", "unofficial",
    "public", "daily", "weekly", "own", "its", "his", "her", "their", "early",
];

/// Outlet words: a name ending in one of these is a publication ("Harbour Gazette", "Sky News").
pub(crate) const OUTLET_WORDS: &[&str] = &[
    "news", "times", "post", "daily", "gazette", "herald", "telegraph", "journal", "tribune", "express",
    "observer", "guardian", "ledger", "chronicle", "mail", "star", "sun", "press", "today", "online", "tv",
    "radio", "network", "weekly", "review", "standard", "independent", "record", "courier", "bulletin",
    "inquirer", "examiner", "reporter", "monitor", "mirror", "wire", "dispatch", "register", "sentinel",
    "enquirer", "globe", "bharat", "insider", "magazine", "newspaper", "broadcasting", "channel", "media",
    "world", "report", "leader", "argus", "advertiser", "mercury", "age", "nation", "statesman",
    "shimbun", "gazeta", "pravda", "izvestia", "kommersant", "vedomosti", "week", "digest", "echo",
    "clarion", "beacon", "citizen", "voice", "recorder", "messenger", "pioneer", "informer", "view",
    "morning", "evening", "planet", "outlook", "update", "live", "info", "journalism", "agency",
];


/// True when `w` (lowercase) is in `list`.
pub(crate) fn is(list: &[&str], w: &str) -> bool {
    list.contains(&w)
}
