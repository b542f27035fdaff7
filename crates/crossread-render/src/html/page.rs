//! What the page shows, gathered from the brief and the reports, and the template that writes it.

use super::matrix::{self, Matrix};
use super::text::{self, Highlight, Piece};
use super::timeline::{self, Chart, Point};
use askama::Template;
use crossread_model::{Approx, Report, Span};
use crossread_reconcile::{Brief, Fact, Status};
use std::collections::HashMap;

#[derive(Template)]
#[template(path = "brief.html")]
struct Page<'a> {
    title: String,
    csp: &'static str,
    style: &'static str,
    script: &'static str,
    counts: Counts,
    articles: Vec<ArticleRow>,
    facts: Vec<FactView>,
    matrix: Matrix,
    timelines: Vec<TimelineView>,
    issues: Vec<IssueView<'a>>,
    texts: Vec<TextView<'a>>,
}

struct Counts {
    reports: usize,
    outlets: usize,
    facts: usize,
    differ: usize,
    updated: usize,
    issues: usize,
}

struct ArticleRow {
    anchor: String,
    id: String,
    outlet: String,
    date: String,
    title: String,
}

struct FactView {
    id: String,
    label: String,
    status: &'static str,
    reports: usize,
    claims: Vec<ClaimView>,
}

struct ClaimView {
    id: String,
    value: String,
    exactness: &'static str,
    claimant: Option<String>,
    wordings: Vec<Wording>,
}

struct Wording {
    text: String,
    links: Vec<(String, String)>,
}

struct TimelineView {
    fact: String,
    label: String,
    unit: String,
    chart: Chart,
    undated: usize,
}

struct IssueView<'a> {
    kind: String,
    outlet: String,
    href: String,
    before: &'a str,
    figure: &'a str,
    after: &'a str,
    message: String,
}

struct TextView<'a> {
    anchor: String,
    id: String,
    outlet: String,
    date: String,
    title: String,
    pieces: Vec<Piece<'a>>,
    left_out: usize,
}

/// The status word of a fact: `agreed`, `differs`, `updated` or `single`.
fn status_word(f: &Fact) -> &'static str {
    match (f.status, f.updated) {
        (Status::Differs, true) => "updated",
        (Status::Differs, false) => "differs",
        (Status::Agreed, _) => "agreed",
        (Status::Single, _) => "single",
    }
}

fn exactness(a: Approx) -> &'static str {
    match a {
        Approx::Exact => "",
        Approx::About => "about",
        Approx::AtLeast => "at least",
        Approx::AtMost => "at most",
        Approx::Range => "range",
    }
}

/// A code (a unit, an issue kind) as the JSON brief writes it, whatever type the brief gives it.
fn code<T: serde::Serialize>(unit: &T) -> String {
    match serde_json::to_value(unit) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn mention_id(article: usize, start: usize) -> String {
    format!("m{article}-{start}")
}

/// Renders the brief of `reports` as one self-contained HTML page. `brief.articles` are the reports
/// in the same order; highlights are placed from the brief's byte spans into each report's text.
pub fn render(brief: &Brief, reports: &[Report]) -> Result<String, askama::Error> {
    let index: HashMap<&str, usize> =
        brief.articles.iter().enumerate().rev().map(|(i, a)| (a.id.as_str(), i)).collect();
    let article_index = |id: &str| index.get(id).copied();
    let text_of = |a: usize| reports.get(a).map_or("", |r| r.text.as_str());
    let sentences: Vec<Vec<Span>> = (0..brief.articles.len())
        .map(|a| reports.get(a).map_or_else(Vec::new, |r| crossread_text::split_sentences(&r.text, r.body)))
        .collect();

    // outlets as columns, in order of first report
    let mut outlets: Vec<String> = Vec::new();
    let article_outlet: Vec<usize> = brief
        .articles
        .iter()
        .map(|a| match outlets.iter().position(|o| *o == a.outlet) {
            Some(k) => k,
            None => {
                outlets.push(a.outlet.clone());
                outlets.len() - 1
            }
        })
        .collect();

    let shown: Vec<Vec<String>> =
        brief.facts.iter().map(|f| f.claims.iter().map(crate::claim_value).collect()).collect();
    let facts =
        brief.facts.iter().enumerate().map(|(fi, f)| fact_view(brief, fi, f, &shown[fi], &article_index)).collect();

    // the highlights of each report: every mention, then the issues
    let mut marks: Vec<Vec<Highlight>> = vec![Vec::new(); brief.articles.len()];
    for (fi, f) in brief.facts.iter().enumerate() {
        let status = status_word(f);
        for (k, c) in f.claims.iter().enumerate() {
            let who = c.claimant.as_deref().unwrap_or("the outlet's own voice");
            let title = format!("{} — {}: {}, {}", f.label, status, shown[fi][k], who);
            for m in &c.mentions {
                let Some(a) = article_index(&m.article) else { continue };
                marks[a].push(Highlight {
                    span: m.span(),
                    id: mention_id(a, m.start),
                    class: format!("m {status}"),
                    title: title.clone(),
                });
            }
        }
    }
    let mut left_out = vec![0usize; marks.len()];
    for (a, list) in marks.iter_mut().enumerate() {
        let (kept, left) = text::placeable(text_of(a), std::mem::take(list));
        *list = kept;
        left_out[a] = left;
    }
    let mut issues = Vec::new();
    let mut issue_marks: Vec<Vec<Highlight>> = vec![Vec::new(); marks.len()];
    for i in &brief.issues {
        let Some(a) = article_index(&i.article) else { continue };
        let span = Span::new(i.start, i.end.max(i.start));
        let list = &mut marks[a];
        let at = list.partition_point(|h| h.span.end <= span.start);
        let href = match list.get_mut(at).filter(|h| h.span.start < span.end.max(span.start + 1)) {
            Some(h) => {
                if h.span == span {
                    h.class.push_str(" iss");
                    h.title.push_str(&format!(" ⚠ {}", i.message));
                }
                h.id.clone()
            }
            None => {
                let id = format!("i{a}-{}", i.start);
                issue_marks[a].push(Highlight { span, id: id.clone(), class: "iss".into(), title: i.message.clone() });
                id
            }
        };
        let t = text_of(a);
        let sentence =
            sentences[a].iter().find(|s| s.start <= span.start && span.end <= s.end).copied().unwrap_or(span);
        let piece = |from: usize, to: usize| t.get(from..to).unwrap_or("");
        let figure = t.get(span.start..span.end).unwrap_or(i.text.as_str());
        issues.push(IssueView {
            kind: code(&i.kind),
            outlet: brief.articles[a].outlet.clone(),
            href,
            before: if figure == i.text { piece(sentence.start, span.start) } else { "" },
            figure,
            after: if figure == i.text { piece(span.end, sentence.end) } else { "" },
            message: i.message.clone(),
        });
    }
    for (a, extra) in issue_marks.into_iter().enumerate() {
        if !extra.is_empty() {
            let mut all = std::mem::take(&mut marks[a]);
            all.extend(extra);
            marks[a] = text::placeable(text_of(a), all).0;
        }
    }

    let texts = brief
        .articles
        .iter()
        .zip(marks)
        .enumerate()
        .map(|(a, (art, list))| TextView {
            anchor: format!("r{a}"),
            id: art.id.clone(),
            outlet: art.outlet.clone(),
            date: art.date.clone().unwrap_or_default(),
            title: art.title.clone().unwrap_or_default(),
            pieces: text::pieces(text_of(a), &sentences[a], list, a),
            left_out: left_out[a],
        })
        .collect();

    let timelines = brief
        .facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.updated)
        .filter_map(|(fi, f)| timeline_view(brief, fi, f, &shown[fi], &article_index))
        .collect();

    let matrix = matrix::build(
        brief,
        outlets.clone(),
        &article_outlet,
        &article_index,
        &|fi, k| shown[fi][k].clone(),
        &mention_id,
    );
    let articles = brief
        .articles
        .iter()
        .enumerate()
        .map(|(a, art)| ArticleRow {
            anchor: format!("r{a}"),
            id: art.id.clone(),
            outlet: art.outlet.clone(),
            date: art.date.clone().unwrap_or_default(),
            title: art.title.clone().unwrap_or_default(),
        })
        .collect();
    let title = brief
        .articles
        .iter()
        .find_map(|a| a.title.clone().filter(|t| !t.trim().is_empty()))
        .unwrap_or_else(|| format!("A story in {} reports", brief.articles.len()));
    let counts = Counts {
        reports: brief.articles.len(),
        outlets: outlets.len(),
        facts: brief.facts.len(),
        differ: brief.facts.iter().filter(|f| f.status == Status::Differs && !f.updated).count(),
        updated: brief.facts.iter().filter(|f| f.updated).count(),
        issues: brief.issues.len(),
    };
    Page {
        title,
        csp: super::content_security_policy(),
        style: super::STYLE,
        script: super::SCRIPT,
        counts,
        articles,
        facts,
        matrix,
        timelines,
        issues,
        texts,
    }
    .render()
}

fn fact_view(
    brief: &Brief,
    fi: usize,
    f: &Fact,
    shown: &[String],
    article_index: &dyn Fn(&str) -> Option<usize>,
) -> FactView {
    let outlet_of = |a: usize| brief.articles.get(a).map_or("", |x| x.outlet.as_str());
    let claims = f
        .claims
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let mut wordings: Vec<Wording> = Vec::new();
            for m in &c.mentions {
                let Some(a) = article_index(&m.article) else { continue };
                let link = (mention_id(a, m.start), outlet_of(a).to_string());
                match wordings.iter_mut().find(|w| w.text == m.text) {
                    Some(w) => w.links.push(link),
                    None => wordings.push(Wording { text: m.text.clone(), links: vec![link] }),
                }
            }
            ClaimView {
                id: format!("f{}c{}", fi + 1, k + 1),
                value: shown[k].clone(),
                exactness: exactness(c.approx),
                claimant: c.claimant.clone(),
                wordings,
            }
        })
        .collect();
    FactView {
        id: format!("f{}", fi + 1),
        label: f.label.clone(),
        status: status_word(f),
        reports: f.outlets.len(),
        claims,
    }
}

fn timeline_view(
    brief: &Brief,
    fi: usize,
    f: &Fact,
    shown: &[String],
    article_index: &dyn Fn(&str) -> Option<usize>,
) -> Option<TimelineView> {
    let mut points = Vec::new();
    let mut seen: Vec<(usize, usize)> = Vec::new();
    let mut undated = 0;
    for (k, c) in f.claims.iter().enumerate() {
        for m in &c.mentions {
            let Some(a) = article_index(&m.article) else { continue };
            if seen.contains(&(a, k)) {
                continue;
            }
            seen.push((a, k));
            let art = &brief.articles[a];
            match &art.date {
                Some(date) if timeline::day_number(date).is_some() => points.push(Point {
                    outlet: art.outlet.clone(),
                    date: date.clone(),
                    value: c.value,
                    shown: shown[k].clone(),
                    href: mention_id(a, m.start),
                }),
                _ => undated += 1,
            }
        }
    }
    let chart = timeline::chart(&points)?;
    Some(TimelineView { fact: format!("f{}", fi + 1), label: f.label.clone(), unit: code(&f.unit), chart, undated })
}
