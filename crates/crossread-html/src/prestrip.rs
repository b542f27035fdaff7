//! Before parsing: scripts, styles, SVG drawings and comments cut out of the page text (they are half
//! of a news page's bytes and none of its article), JSON-LD blocks kept aside for the metadata.

/// The page without scripts, styles, SVG and comments, and the JSON-LD blocks it carried.
pub(crate) fn prestrip(html: &str) -> (String, Vec<String>) {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut json_ld = Vec::new();
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let lt = i + off;
        i = lt + 1;
        let rest = &b[lt + 1..];
        if rest.starts_with(b"!--") {
            let end = memchr::memmem::find(&b[lt + 4..], b"-->").map_or(b.len(), |e| lt + 4 + e + 3);
            out.push_str(&html[copied..lt]);
            copied = end;
            i = end;
            continue;
        }
        let Some(name) = [&b"script"[..], b"style", b"svg"].into_iter().find(|n| {
            rest.len() > n.len() && rest[..n.len()].eq_ignore_ascii_case(n) && !rest[n.len()].is_ascii_alphanumeric()
        }) else {
            continue;
        };
        let Some(gt) = memchr::memchr(b'>', &b[lt..]).map(|g| lt + g) else { break };
        let close_at = find_close(b, gt + 1, name);
        let end = close_at.map_or(b.len(), |c| memchr::memchr(b'>', &b[c..]).map_or(b.len(), |g| c + g + 1));
        if name == b"script" && b[lt..gt].to_ascii_lowercase().windows(7).any(|w| w == b"ld+json") {
            if let Some(c) = close_at {
                json_ld.push(html[gt + 1..c].to_string());
            }
        }
        out.push_str(&html[copied..lt]);
        copied = end;
        i = end;
    }
    out.push_str(&html[copied.min(html.len())..]);
    (out, json_ld)
}

/// Where `</name` next stands from `from`.
fn find_close(b: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut k = from;
    while let Some(at) = memchr::memmem::find(b.get(k..)?, b"</") {
        let at = k + at;
        if b.get(at + 2..at + 2 + name.len()).is_some_and(|w| w.eq_ignore_ascii_case(name)) {
            return Some(at);
        }
        k = at + 2;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_styles_and_comments_go_json_ld_stays() {
        let page =
            "<p>a</p><SCRIPT>if (a<b) x()</SCRIPT><!-- c --><script type=\"application/ld+json\">{\"x\":1}</script>\
                    <style>p{}</style><svg><text>t</text></svg><p>b</p><scripted>";
        let (s, ld) = prestrip(page);
        assert_eq!(s, "<p>a</p><p>b</p><scripted>");
        assert_eq!(ld, ["{\"x\":1}"]);
    }
}
