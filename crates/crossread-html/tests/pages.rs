//! Pages written for these tests: furniture left out, metadata read, charsets decoded, and every
//! stretch of the text mapped back onto the page bytes it came from.

use crossread_html::{read_page, visible_text, Options};
use crossread_model::Span;

const STORM: &[u8] = include_bytes!("pages/storm.html");

fn read(bytes: &[u8]) -> crossread_html::Article {
    read_page(bytes, &Options { source_map: true, ..Default::default() }).expect("page reads")
}

#[test]
fn the_article_is_read_without_furniture() {
    let a = read(STORM);
    let t = &a.text;
    for kept in [
        "The sea wall gave way at dawn",
        "PORT HALDEN — Three people died and 8,500 were moved",
        "1.4 metres deep",
        "AT&T relay mast",
        "About 120 homes are without heating",
        "Kvarnes\t310",
        "40 million kroner",
        "gusts of 90 km/h",
    ] {
        assert!(t.contains(kept), "missing {kept:?} in:\n{t}");
    }
    for dropped in [
        "cookies",
        "Sport",
        "Ingrid Solvang",
        "Updated 11:05",
        "Share on Facebook",
        "Photo: Lars Fjell",
        "Sea wall repairs delayed",
        "briefing in your inbox",
        "Most read",
        "All rights reserved",
        "counting the cost",
    ] {
        assert!(!t.contains(dropped), "furniture {dropped:?} kept in:\n{t}");
    }
    // paragraphs in page order, list items and table rows one to a line
    let order =
        ["The sea wall", "PORT HALDEN", "Water stood", "About 120", "The ferry", "Kvarnes", "Mayor", "Forecasters"];
    let pos: Vec<usize> = order.iter().map(|w| t.find(w).expect(w)).collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "out of order: {pos:?}");
    assert!(t.contains("heating\nThe ferry"), "{t}");
}

#[test]
fn metadata_comes_from_json_ld_and_meta_tags() {
    let m = read(STORM).meta;
    assert_eq!(m.title.as_deref(), Some("Storm leaves Port Halden counting the cost"));
    assert_eq!(m.outlet.as_deref(), Some("Harbour Gazette"));
    assert_eq!(m.date().as_deref(), Some("2025-03-14"));
    assert_eq!(m.modified.as_deref(), Some("2025-03-14T11:05:00+01:00"));
    assert_eq!(m.author.as_deref(), Some("Ingrid Solvang"));
    assert_eq!(m.url.as_deref(), Some("https://www.harbourgazette.example/news/storm-port-halden"));
    assert_eq!(m.lang.as_deref(), Some("en-GB"));
}

/// Each needle's source range, shown as a reader sees it, is the needle.
fn assert_maps_back(page: &[u8], a: &crossread_html::Article, needles: &[&str]) {
    let map = a.source_map.as_ref().expect("map");
    for needle in needles {
        let start = a.text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in text"));
        let span = map.source_span(Span::new(start, start + needle.len())).expect("placed");
        let seen = visible_text(page, span.start, span.end);
        let want = needle.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(seen, want, "page bytes {span:?}: {:?}", String::from_utf8_lossy(&page[span.start..span.end]));
    }
}

#[test]
fn figures_map_back_through_entities_and_inline_tags() {
    let a = read(STORM);
    assert_maps_back(
        STORM,
        &a,
        &["8,500", "1.4 metres", "AT&T", "six hours", "40 million kroner", "90 km/h", "1,240", "120 homes"],
    );
    // a figure across an inline tag starts at the tag's text, not before it
    let map = a.source_map.as_ref().expect("map");
    let at = a.text.find("8,500").expect("figure");
    let span = map.source_span(Span::new(at, at + 5)).expect("placed");
    assert_eq!(&STORM[span.start..span.end], b"8,500");
    assert!(map.coverage(&a.text) > 0.99, "coverage {}", map.coverage(&a.text));
}

#[test]
fn a_windows_1251_page_maps_back_to_its_own_bytes() {
    let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head>\
        <body><article><p>В порту Хальден погибли 3 человека, из домов вывезли 8&nbsp;500 жителей после того, \
        как шторм разрушил дамбу на рассвете в пятницу.</p><p>Мэр попросит у государства 40 миллионов крон \
        на восстановление дамбы, построенной в 1987 году.</p></article></body></html>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(html);
    let a = read(&bytes);
    assert_eq!(a.charset, "windows-1251");
    assert!(a.text.contains("погибли 3 человека"), "{}", a.text);
    let map = a.source_map.as_ref().expect("map");
    for needle in ["3 человека", "40 миллионов крон"] {
        let at = a.text.find(needle).expect("needle");
        let span = map.source_span(Span::new(at, at + needle.len())).expect("placed");
        let (page_text, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(&bytes[span.start..span.end]);
        assert_eq!(page_text, needle);
    }
}

#[test]
fn bad_pages_are_refused_with_a_reason() {
    let opts = Options::default();
    assert!(matches!(read_page(b"", &opts), Err(crossread_html::HtmlError::NotHtml)));
    assert!(matches!(read_page(b"\x00\x01\x02binary\xff\xfe", &opts), Err(crossread_html::HtmlError::NotHtml)));
    let empty = b"<html><body><nav><a href='/'>Home</a></nav></body></html>";
    assert!(matches!(read_page(empty, &opts), Err(crossread_html::HtmlError::NoArticle)));
}

#[test]
fn deeply_nested_pages_are_read_without_scoring() {
    let mut page = "<html><body>".to_string() + &"<div>".repeat(20_000);
    page += "<p>The harbour authority counted 8,500 people moved from their homes overnight.</p>";
    page += &"</div>".repeat(20_000);
    let a = read_page(page.as_bytes(), &Options::default()).expect("reads");
    assert!(a.text.contains("8,500 people"), "{}", a.text);
}

#[test]
fn gzip_pages_read_like_plain_ones() {
    use std::io::Write;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(STORM).expect("gzip");
    let gz = enc.finish().expect("gzip");
    assert_eq!(read(&gz).text, read(STORM).text);
}

#[test]
fn a_live_blog_keeps_every_entry_in_page_order() {
    let page = include_bytes!("pages/live.html");
    let a = read(page);
    let order = [
        "11:30",
        "210 people",
        "11:02",
        "10:15",
        "1,200 homes",
        "09:40",
        "3 people are missing",
        "09:05",
        "40 residents",
    ];
    let pos: Vec<usize> =
        order.iter().map(|w| a.text.find(w).unwrap_or_else(|| panic!("{w} missing:\n{}", a.text))).collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "entries out of order: {pos:?}");
    for dropped in ["Share", "Earlier floods", "Footer text", "Home"] {
        assert!(!a.text.contains(dropped), "{dropped} kept");
    }
    assert_maps_back(page, &a, &["1,200 homes", "210 people", "40 residents"]);
}

#[test]
fn an_article_in_a_wrapper_named_like_furniture_is_still_read() {
    let links: String =
        (0..120).map(|i| format!("<li><a href=\"/s/{i}\">Section number {i} of the site</a></li>")).collect();
    let page = format!(
        "<html><body><div class=\"promo-wrap\"><p>The county said on Monday that 14 families had been moved out of the \
         houses below the quarry after cracks opened in the slope overnight.</p><p>Engineers will drill 6 test holes this \
         week before deciding whether the road to Hamn can reopen, a spokesman for the roads office said.</p></div>\
         <div class=\"site-map\"><ul>{links}</ul></div></body></html>"
    );
    let a = read_page(page.as_bytes(), &Options::default()).expect("an article");
    assert!(a.text.contains("14 families") && a.text.contains("6 test holes"), "{}", a.text);
    assert!(!a.text.contains("Section number"), "{}", a.text);
}
