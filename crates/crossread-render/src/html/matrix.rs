//! The coverage matrix: facts as rows, outlets as columns, each cell the value that outlet gives.

use crossread_model::Value;
use crossread_reconcile::{Brief, Fact, Status};

/// One cell: what one outlet says about one fact.
#[derive(Debug, Default)]
pub struct Cell {
    /// `agree`, `differ`, `mixed`, `single`, or empty where the outlet is silent.
    pub class: &'static str,
    /// The values the outlet gives, in the fact's time order.
    pub text: String,
    /// The mention the cell links to.
    pub href: String,
}

/// One row: one fact.
#[derive(Debug)]
pub struct Row {
    /// Fact id (`f3`).
    pub fact: String,
    /// What is measured.
    pub label: String,
    /// One per outlet column.
    pub cells: Vec<Cell>,
}

/// The matrix.
#[derive(Debug)]
pub struct Matrix {
    /// Column heads: outlet names, in order of first report.
    pub outlets: Vec<String>,
    /// One per fact, most widely reported first.
    pub rows: Vec<Row>,
}

/// True when two values are the same answer within `tol` (relative).
fn close(a: Value, b: Value, tol: f64) -> bool {
    let near = |x: f64, y: f64| (x - y).abs() <= tol * x.abs().max(y.abs()).max(f64::MIN_POSITIVE);
    near(a.low(), b.low()) && near(a.high(), b.high())
}

/// The claim the most outlets carry (the first such when tied).
fn majority(fact: &Fact) -> Option<usize> {
    let outlets = |k: usize| {
        let mut ids: Vec<&str> = fact.claims[k].mentions.iter().map(|m| m.article.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    };
    (0..fact.claims.len()).rev().max_by_key(|&k| outlets(k))
}

/// Builds the matrix. `article_outlet[i]` is the column of article `i`; `article_index` maps an
/// article id to its index; `shown` gives each claim's value as the fact list writes it.
pub fn build(
    brief: &Brief,
    outlets: Vec<String>,
    article_outlet: &[usize],
    article_index: &dyn Fn(&str) -> Option<usize>,
    shown: &dyn Fn(usize, usize) -> String,
    mention_id: &dyn Fn(usize, usize) -> String,
) -> Matrix {
    let rows = brief
        .facts
        .iter()
        .enumerate()
        .map(|(fi, fact)| {
            let major = majority(fact);
            // per column: the claims given there, and the first mention
            let mut given: Vec<Vec<usize>> = vec![Vec::new(); outlets.len()];
            let mut first: Vec<Option<(usize, usize)>> = vec![None; outlets.len()];
            for (k, c) in fact.claims.iter().enumerate() {
                for m in &c.mentions {
                    let Some(a) = article_index(&m.article) else { continue };
                    let Some(&col) = article_outlet.get(a) else { continue };
                    if !given[col].contains(&k) {
                        given[col].push(k);
                    }
                    first[col].get_or_insert((a, m.start));
                }
            }
            let cells = given
                .iter()
                .zip(&first)
                .map(|(ks, at)| {
                    if ks.is_empty() {
                        return Cell::default();
                    }
                    let agrees = |k: usize| match major {
                        Some(j) => k == j || close(fact.claims[k].value, fact.claims[j].value, 0.02),
                        None => true,
                    };
                    let class = match fact.status {
                        Status::Single => "single",
                        Status::Agreed => "agree",
                        Status::Differs if ks.iter().all(|&k| agrees(k)) => "agree",
                        Status::Differs if ks.iter().any(|&k| agrees(k)) => "mixed",
                        Status::Differs => "differ",
                    };
                    let text = ks.iter().map(|&k| shown(fi, k)).collect::<Vec<_>>().join(" → ");
                    let href = at.map(|(a, s)| mention_id(a, s)).unwrap_or_default();
                    Cell { class, text, href }
                })
                .collect();
            Row { fact: format!("f{}", fi + 1), label: fact.label.clone(), cells }
        })
        .collect();
    Matrix { outlets, rows }
}
