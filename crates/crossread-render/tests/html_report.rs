//! The HTML brief read back as a browser's parser reads it: every mention highlighted once at its
//! bytes, the matrix and timeline drawn from the brief, hostile text kept as text.

use crossread_model::Report;
use scraper::{ElementRef, Html, Node, Selector};
use std::path::{Path, PathBuf};

/// A made-up story: a toll that rises over three days, an evacuation count the outlets dispute, and
/// a report written to break the page.
const STORY: &[(&str, &str)] = &[
    (
        "01",
        "---\noutlet: Kestrel Post\ndate: 2031-07-02\ntitle: Wildfire near Lake Orvan kills four\n---\n\n\
         Four people have died in a wildfire that swept through the pine hills above Lake Orvan on Tuesday, the regional fire service said.\n\n\
         Fire chief Hana Vesk said the blaze had burned about 1,200 hectares of forest by nightfall. About 3,000 residents were ordered to leave their homes in Orvan and two nearby villages.\n",
    ),
    (
        "02",
        "---\noutlet: Orvan Valley Times\ndate: 2031-07-03\ntitle: Orvan fire toll rises to six\n---\n\n\
         Six people are now known to have died in the Lake Orvan wildfire, the regional fire service said on Wednesday.\r\n\r\n\
         Some 3,000 residents remain out of their homes, the mayor said. Caf\u{e9} owners on the shore – all 14 of them – stayed shut.\r\n",
    ),
    (
        "03",
        "---\noutlet: Radio Brisk\ndate: 2031-07-04\n---\n\n\
         The death toll from the Orvan wildfire stands at 6, the fire service said on Thursday. The blaze burned 1,200 hectares, fire chief Hana Vesk said. About 5,000 people left their homes, the mayor's office said.\n",
    ),
    (
        "04",
        "---\noutlet: \"><img src=x onerror=alert(1)> Gazette\ndate: 2031-07-04\ntitle: <script>alert(\"t\")</script> Orvan fire\n---\n\n\
         <script>document.title = \"owned\"</script> Six people died, \"><img src=x onerror=alert(2)> the fire service said & more.\n",
    ),
];

fn story() -> Vec<Report> {
    STORY
        .iter()
        .map(|(id, text)| {
            crossread_ingest::report_from_bytes(id, Path::new(&format!("{id}.txt")), text.as_bytes())
                .expect("front matter")
        })
        .collect()
}

fn example() -> Vec<Report> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/harbour-flood");
    let loaded = crossread_ingest::load(&[dir], crossread_ingest::Options::default());
    assert!(loaded.errors.is_empty(), "{:?}", loaded.errors);
    loaded.reports
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

/// The text of a report's text block as the parser sees it, and each highlight of a mention found on
/// the way: (byte offset where it starts, its text, data-s, data-e).
fn walk(text_block: ElementRef) -> (String, Vec<(usize, String, String, String)>) {
    let mut text = String::new();
    let mut marks = Vec::new();
    for node in text_block.descendants() {
        match node.value() {
            Node::Text(t) => text.push_str(t),
            Node::Element(e) if e.name() == "mark" && e.classes().any(|c| c == "m") => {
                let inner: String = ElementRef::wrap(node).map(|m| m.text().collect()).unwrap_or_default();
                marks.push((
                    text.len(),
                    inner,
                    e.attr("data-s").unwrap_or("").to_string(),
                    e.attr("data-e").unwrap_or("").to_string(),
                ));
            }
            _ => {}
        }
    }
    (text, marks)
}

fn check_every_mention_highlighted_once(reports: &[Report]) {
    let brief = crossread::brief(reports);
    let html = crossread_render::html::render(&brief, reports).expect("renders");
    let doc = Html::parse_document(&html);
    let blocks: Vec<ElementRef> = doc.select(&sel("article.report .text")).collect();
    assert_eq!(blocks.len(), reports.len(), "one text block per report");
    let mut mentions = 0;
    for (a, (block, report)) in blocks.iter().zip(reports).enumerate() {
        let (text, marks) = walk(*block);
        assert_eq!(text, report.text, "report {a}: the page shows the text byte for byte");
        let wanted: Vec<_> = brief
            .facts
            .iter()
            .flat_map(|f| &f.claims)
            .flat_map(|c| &c.mentions)
            .filter(|m| m.article == brief.articles[a].id)
            .collect();
        for m in &wanted {
            let at: Vec<_> = marks.iter().filter(|(start, ..)| *start == m.start).collect();
            assert_eq!(at.len(), 1, "report {a}: one highlight at byte {} for {:?}", m.start, m.text);
            let (_, inner, s, e) = at[0];
            assert_eq!(inner, &m.text, "report {a}: the highlight holds the mention's bytes");
            assert_eq!((s.as_str(), e.as_str()), (m.start.to_string().as_str(), m.end.to_string().as_str()));
        }
        assert_eq!(marks.len(), wanted.len(), "report {a}: no highlight that is not a mention");
        mentions += wanted.len();
    }
    assert!(mentions > 5, "the story has mentions to check ({mentions})");
}

#[test]
fn every_mention_of_the_example_has_one_highlight_at_its_bytes() {
    check_every_mention_highlighted_once(&example());
}

#[test]
fn every_mention_of_a_made_up_story_has_one_highlight_at_its_bytes() {
    check_every_mention_highlighted_once(&story());
}

#[test]
fn hostile_report_text_stays_text() {
    let reports = story();
    let brief = crossread::brief(&reports);
    let html = crossread_render::html::render(&brief, &reports).expect("renders");
    let doc = Html::parse_document(&html);
    assert_eq!(doc.select(&sel("script")).count(), 1, "only the page's own script");
    assert_eq!(doc.select(&sel("img")).count(), 0, "no image element injected");
    assert!(doc.select(&sel("[onerror]")).next().is_none(), "no event handler attribute injected");
    let hostile = doc.select(&sel("article.report[data-article=\"04\"]")).next().expect("report 04");
    let shown: String = hostile.text().collect();
    assert!(shown.contains("<script>document.title = \"owned\"</script>"), "{shown}");
    assert!(shown.contains("\"><img src=x onerror=alert(2)>"), "{shown}");
    let title: String = doc.select(&sel("title")).next().expect("title").text().collect();
    assert!(!title.contains("owned"));
    let heads: String = doc.select(&sel("table.reports")).next().expect("reports table").text().collect();
    assert!(heads.contains("<script>alert(\"t\")</script> Orvan fire"), "{heads}");
    assert!(heads.contains("><img src=x onerror=alert(1)> Gazette"), "{heads}");
}

#[test]
fn the_page_loads_nothing_and_allows_only_its_own_inline_blocks() {
    let reports = story();
    let html = crossread_render::html::render(&crossread::brief(&reports), &reports).expect("renders");
    let doc = Html::parse_document(&html);
    let csp = doc
        .select(&sel("meta[http-equiv=\"Content-Security-Policy\"]"))
        .next()
        .and_then(|m| m.attr("content"))
        .expect("a CSP meta tag");
    assert!(csp.starts_with("default-src 'none';"), "{csp}");
    let style: String = doc.select(&sel("style")).next().expect("style").text().collect();
    let script: String = doc.select(&sel("script")).next().expect("script").text().collect();
    assert!(csp.contains(&crossread_render::html::csp_hash(&style)), "the style block is allowed by its hash");
    assert!(csp.contains(&crossread_render::html::csp_hash(&script)), "the script block is allowed by its hash");
    for (tag, attr) in [("link", "href"), ("img", "src"), ("script", "src"), ("iframe", "src")] {
        assert!(doc.select(&sel(&format!("{tag}[{attr}]"))).next().is_none(), "no {tag} loading anything");
    }
    assert!(doc.select(&sel("[style]")).next().is_none(), "no style attribute (the CSP would block it)");
}

#[test]
fn the_matrix_shows_who_reports_what() {
    let reports = story();
    let brief = crossread::brief(&reports);
    let html = crossread_render::html::render(&brief, &reports).expect("renders");
    let doc = Html::parse_document(&html);
    let heads: Vec<String> = doc.select(&sel("table.matrix thead th[scope=col]")).map(|h| h.text().collect()).collect();
    let outlets: Vec<&str> = brief.articles.iter().map(|a| a.outlet.as_str()).collect();
    assert_eq!(heads, outlets, "one column per outlet, in report order");
    let rows: Vec<ElementRef> = doc.select(&sel("table.matrix tbody tr")).collect();
    assert_eq!(rows.len(), brief.facts.len(), "one row per fact");
    for (f, row) in brief.facts.iter().zip(&rows) {
        let cells: Vec<ElementRef> = row.select(&sel("td")).collect();
        assert_eq!(cells.len(), outlets.len());
        for (col, cell) in cells.iter().enumerate() {
            let carried = f.claims.iter().flat_map(|c| &c.mentions).any(|m| m.article == brief.articles[col].id);
            let text: String = cell.text().collect();
            assert_eq!(
                !text.is_empty(),
                carried,
                "fact {:?}, outlet {}: a value where the outlet reports it",
                f.label,
                outlets[col]
            );
        }
    }
    // the toll: four on day one, six after; the six is the majority, so the four stands out
    let (toll, _) = brief
        .facts
        .iter()
        .enumerate()
        .find(|(_, f)| f.updated && f.claims.iter().any(|c| c.value == crossread::Value::Number(4.0)))
        .expect("the toll is read as updated");
    let cells: Vec<(String, String)> = rows[toll]
        .select(&sel("td"))
        .map(|c| (c.attr("class").unwrap_or("").to_string(), c.text().collect::<String>()))
        .collect();
    assert_eq!(cells[0], ("differ".to_string(), "4".to_string()), "{cells:?}");
    assert_eq!(cells[1], ("agree".to_string(), "6".to_string()), "{cells:?}");
    assert_eq!(cells[2], ("agree".to_string(), "6".to_string()), "{cells:?}");
}

#[test]
fn the_timeline_marks_each_outlet_by_date() {
    let reports = story();
    let brief = crossread::brief(&reports);
    let html = crossread_render::html::render(&brief, &reports).expect("renders");
    let doc = Html::parse_document(&html);
    let charts: Vec<ElementRef> = doc.select(&sel("figure.timeline")).collect();
    assert_eq!(charts.len(), brief.facts.iter().filter(|f| f.updated).count(), "one chart per updated fact");
    let toll = brief.facts.iter().position(|f| f.updated).expect("an updated fact");
    let chart = doc.select(&sel(&format!("figure#t-f{}", toll + 1))).next().expect("the toll's chart");
    let marks: Vec<(String, String, f64, f64)> = chart
        .select(&sel("circle.mk"))
        .map(|c| {
            let num = |k: &str| c.attr(k).and_then(|v| v.parse::<f64>().ok()).unwrap_or(f64::NAN);
            (
                c.attr("data-outlet").unwrap_or("").to_string(),
                c.attr("data-date").unwrap_or("").to_string(),
                num("cx"),
                num("cy"),
            )
        })
        .collect();
    let carrying: usize = brief.facts[toll]
        .claims
        .iter()
        .map(|c| {
            let mut a: Vec<&str> = c.mentions.iter().map(|m| m.article.as_str()).collect();
            a.dedup();
            a.len()
        })
        .sum();
    assert_eq!(marks.len(), carrying, "one mark per outlet and claim: {marks:?}");
    let first = marks.iter().find(|m| m.0 == "Kestrel Post").expect("day one's mark");
    let later = marks.iter().find(|m| m.0 == "Radio Brisk").expect("day three's mark");
    assert_eq!(first.1, "2031-07-02");
    assert!(first.2 < later.2, "later dates sit further right: {marks:?}");
    assert!(first.3 > later.3, "the higher toll sits higher: {marks:?}");
    let hrefs = chart.select(&sel("a[href^=\"#m\"]")).count();
    assert_eq!(hrefs, marks.len(), "each mark links to its mention");
}

#[test]
fn issues_show_their_sentence_and_reason() {
    let reports = example();
    let brief = crossread::brief(&reports);
    assert!(!brief.issues.is_empty(), "the example has an issue");
    let html = crossread_render::html::render(&brief, &reports).expect("renders");
    let doc = Html::parse_document(&html);
    let items: Vec<ElementRef> = doc.select(&sel("ol.issues > li")).collect();
    assert_eq!(items.len(), brief.issues.len());
    for (i, li) in brief.issues.iter().zip(&items) {
        let text: String = li.text().collect();
        assert!(text.contains(&i.message), "{text}");
        let quote: String = li.select(&sel("blockquote")).next().expect("the sentence").text().collect();
        assert!(quote.contains(&i.text) && quote.len() > i.text.len() + 10, "the whole sentence: {quote}");
        let href = li.select(&sel("a")).next().and_then(|a| a.attr("href")).expect("a link to the text");
        assert!(doc.select(&sel(href)).next().is_some(), "{href} points at a highlight");
    }
}
