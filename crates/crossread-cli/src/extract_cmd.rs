//! `crossread extract`: the article text of web pages (files, `.html.gz`, or addresses).

use crate::{ExtractArgs, ExtractFormat};
use anyhow::{anyhow, Context, Result};
use crossread_html::{read_page, Article, Options};
use serde_json::json;
use std::io::{BufWriter, Write};

/// Reads one page from a file or an address.
fn load(input: &str) -> Result<(Vec<u8>, Option<String>, Option<String>)> {
    if crossread_fetch::is_url(input) {
        let got = crossread_fetch::fetch(input, &crossread_fetch::FetchOptions::default())?;
        let charset = got.charset().map(str::to_string);
        return Ok((got.body, Some(got.final_url), charset));
    }
    let bytes = std::fs::read(input).with_context(|| format!("cannot read {input}"))?;
    Ok((bytes, None, None))
}

fn article(input: &str) -> Result<Article> {
    let (bytes, url, charset) = load(input)?;
    let opts = Options { url: url.as_deref(), http_charset: charset.as_deref(), source_map: false };
    read_page(&bytes, &opts).map_err(|e| anyhow!("{input}: {e}"))
}

/// Prints each page's article; a page that cannot be read is named on standard error and the
/// others go on. Fails (exit code 1) when any page failed.
pub fn run(args: &ExtractArgs) -> Result<bool> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failed = 0;
    for (i, input) in args.inputs.iter().enumerate() {
        match article(input) {
            Ok(a) => match args.format {
                ExtractFormat::Text => {
                    if i > 0 {
                        writeln!(out)?;
                    }
                    writeln!(out, "{}", a.text)?;
                }
                ExtractFormat::Json => {
                    let m = &a.meta;
                    let obj = json!({
                        "input": input,
                        "title": m.title, "outlet": m.outlet, "date": m.date(), "published": m.published,
                        "modified": m.modified, "author": m.author, "url": m.url, "lang": m.lang,
                        "charset": a.charset, "text": a.text,
                    });
                    writeln!(out, "{obj}")?;
                }
            },
            Err(e) => {
                failed += 1;
                out.flush()?;
                eprintln!("crossread: {e:#}");
            }
        }
    }
    out.flush()?;
    Ok(failed == 0)
}
