//! crossread as a person sees it, in headless Chromium: the web app from the form to a flashed
//! sentence, and HTML briefs opened from disk with no console error, no network request, and every
//! mention of the JSON brief highlighted once at its bytes.
//!
//! Chromium comes from the system (Debian's `chromium`; `.ci/run` installs it). Without it these
//! tests fail in CI (`CI=true`) and are skipped with a message elsewhere.

use base64::Engine;
use headless_chrome::protocol::cdp::types::Event;
use headless_chrome::protocol::cdp::{Input, Log, Network, Page};
use headless_chrome::{Browser, LaunchOptions, Tab};
use std::ffi::OsStr;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Where screenshots go: `target/e2e/`.
fn shots() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("../e2e");
    std::fs::create_dir_all(&dir).expect("target/e2e");
    dir
}

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CROSSREAD_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// A fresh headless Chromium, or None (with a message) where there is none and this is not CI.
fn browser() -> Option<Browser> {
    let Some(path) = chromium() else {
        if std::env::var("CI").is_ok_and(|v| v == "true" || v == "1") {
            panic!("Chromium is required in CI for the browser tests: apt-get install chromium");
        }
        eprintln!("SKIPPED: no Chromium found (install Debian's `chromium` or set CROSSREAD_CHROMIUM)");
        return None;
    };
    let args: Vec<&OsStr> = [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ]
    .iter()
    .map(OsStr::new)
    .collect();
    let options = LaunchOptions {
        headless: true,
        sandbox: false,
        enable_gpu: false,
        window_size: Some((1280, 900)),
        path: Some(path),
        args,
        idle_browser_timeout: Duration::from_secs(180),
        ..Default::default()
    };
    Some(Browser::new(options).expect("Chromium starts"))
}

/// What a page did that a clean page never does: console errors and exceptions, network requests.
#[derive(Clone, Default)]
struct Watch {
    errors: Arc<Mutex<Vec<String>>>,
    requests: Arc<Mutex<Vec<String>>>,
}

impl Watch {
    fn on(tab: &Tab) -> Watch {
        let w = Watch::default();
        tab.enable_log().expect("log domain");
        tab.enable_runtime().expect("runtime domain");
        tab.call_method(Network::Enable {
            max_total_buffer_size: None,
            max_resource_buffer_size: None,
            max_post_data_size: None,
            report_direct_socket_traffic: None,
            enable_durable_messages: None,
        })
        .expect("network domain");
        let (errors, requests) = (w.errors.clone(), w.requests.clone());
        tab.add_event_listener(Arc::new(move |e: &Event| {
            let push = |list: &Arc<Mutex<Vec<String>>>, s: String| {
                if let Ok(mut l) = list.lock() {
                    l.push(s);
                }
            };
            match e {
                Event::LogEntryAdded(ev) if ev.params.entry.level == Log::LogEntryLevel::Error => {
                    push(&errors, format!("log: {}", ev.params.entry.text))
                }
                Event::RuntimeConsoleAPICalled(ev) if format!("{:?}", ev.params.Type) == "Error" => {
                    push(&errors, format!("console.error: {:?}", ev.params.args))
                }
                Event::RuntimeExceptionThrown(ev) => {
                    push(&errors, format!("exception: {:?}", ev.params.exception_details.text))
                }
                Event::NetworkRequestWillBeSent(ev) => push(&requests, ev.params.request.url.clone()),
                _ => {}
            }
        }))
        .expect("listener");
        w
    }

    fn errors(&self) -> Vec<String> {
        self.errors.lock().map(|l| l.clone()).unwrap_or_default()
    }

    fn requests(&self) -> Vec<String> {
        self.requests.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

fn eval_json(tab: &Tab, js: &str) -> serde_json::Value {
    let out = tab.evaluate(js, false).expect("script runs");
    let text = out.value.and_then(|v| v.as_str().map(str::to_string)).expect("a JSON string");
    serde_json::from_str(&text).expect("JSON")
}

fn screenshot(tab: &Tab, name: &str) -> PathBuf {
    let png = tab.capture_screenshot(Page::CaptureScreenshotFormatOption::Png, None, None, true).expect("screenshot");
    let path = shots().join(name);
    std::fs::write(&path, png).expect("write screenshot");
    path
}

/// A picture of the element `selector`, whole, even where it runs past the window.
fn screenshot_of(tab: &Tab, selector: &str, name: &str) -> PathBuf {
    let rect = eval_json(
        tab,
        &format!(
            "(() => {{ const r = document.querySelector({selector:?}).getBoundingClientRect(); \
             return JSON.stringify({{x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height}}); }})()"
        ),
    );
    let num = |k: &str| rect[k].as_f64().unwrap_or(0.0);
    let shot = tab
        .call_method(Page::CaptureScreenshot {
            format: Some(Page::CaptureScreenshotFormatOption::Png),
            quality: None,
            clip: Some(Page::Viewport { x: num("x"), y: num("y"), width: num("w"), height: num("h"), scale: 1.0 }),
            from_surface: Some(true),
            capture_beyond_viewport: Some(true),
            optimize_for_speed: None,
        })
        .expect("screenshot");
    let png = base64::engine::general_purpose::STANDARD.decode(shot.data).expect("PNG data");
    let path = shots().join(name);
    std::fs::write(&path, png).expect("write screenshot");
    path
}

/// Each report block of the page: its text as the DOM holds it, its length in UTF-8 bytes, and
/// each highlighted mention with the byte offset the DOM puts it at.
const READ_HIGHLIGHTS: &str = r#"(() => {
  const enc = new TextEncoder();
  return JSON.stringify([...document.querySelectorAll('article.report')].map(art => {
    let bytes = 0, text = '';
    const marks = [];
    const walk = node => {
      for (const c of node.childNodes) {
        if (c.nodeType === 3) { bytes += enc.encode(c.data).length; text += c.data; }
        else if (c.nodeType === 1) {
          if (c.tagName === 'MARK' && c.classList.contains('m')) {
            marks.push({ start: bytes, text: c.textContent, s: Number(c.dataset.s), e: Number(c.dataset.e) });
          }
          walk(c);
        }
      }
    };
    walk(art.querySelector('.text'));
    return { id: art.dataset.article, bytes, text, marks };
  }));
})()"#;

/// Checks the page in `tab` against the JSON brief: each report's text byte for byte, and each
/// mention highlighted exactly once at its bytes. Returns how many mentions were checked.
fn check_highlights(tab: &Tab, brief: &serde_json::Value, texts: &[String]) -> usize {
    let blocks = eval_json(tab, READ_HIGHLIGHTS);
    let blocks = blocks.as_array().expect("blocks");
    let articles = brief["articles"].as_array().expect("articles");
    assert_eq!(blocks.len(), articles.len(), "one text block per report");
    let mut checked = 0;
    for ((block, article), text) in blocks.iter().zip(articles).zip(texts) {
        let id = article["id"].as_str().expect("id");
        assert_eq!(block["id"], article["id"]);
        assert_eq!(block["bytes"].as_u64(), Some(text.len() as u64), "report {id}: as many bytes as the file");
        assert_eq!(block["text"].as_str(), Some(text.as_str()), "report {id}: the text byte for byte");
        let marks = block["marks"].as_array().expect("marks");
        let mut wanted = 0;
        for fact in brief["facts"].as_array().expect("facts") {
            for claim in fact["claims"].as_array().expect("claims") {
                for m in
                    claim["mentions"].as_array().expect("mentions").iter().filter(|m| m["article"] == article["id"])
                {
                    let at: Vec<&serde_json::Value> = marks.iter().filter(|k| k["start"] == m["start"]).collect();
                    assert_eq!(at.len(), 1, "report {id}: one highlight at byte {} ({})", m["start"], m["text"]);
                    assert_eq!(at[0]["text"], m["text"], "report {id}: the highlight holds the mention's bytes");
                    assert_eq!((&at[0]["s"], &at[0]["e"]), (&m["start"], &m["end"]));
                    wanted += 1;
                }
            }
        }
        assert_eq!(marks.len(), wanted, "report {id}: every highlight is a mention of the brief");
        checked += wanted;
    }
    checked
}

fn crossread(args: &[&OsStr]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_crossread")).args(args).output().expect("crossread runs");
    assert!(out.status.success(), "crossread {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// Writes the HTML brief of `dir` to disk, opens it in Chromium, and checks it: no console error, no
/// network request, every mention highlighted once at its bytes. Returns the mentions checked.
fn check_story_in_browser(browser: &Browser, dir: &Path, name: &str) -> usize {
    let html = crossread(&[OsStr::new("brief"), dir.as_os_str(), OsStr::new("--format"), OsStr::new("html")]);
    let json = crossread(&[OsStr::new("brief"), dir.as_os_str(), OsStr::new("--format"), OsStr::new("json")]);
    let brief: serde_json::Value = serde_json::from_slice(&json).expect("JSON brief");
    let texts: Vec<String> = brief["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| {
            let bytes = std::fs::read(a["path"].as_str().expect("path")).expect("report file");
            crossread_model::decode_lossless(&bytes)
        })
        .collect();
    let file = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}.html"));
    std::fs::write(&file, html).expect("write HTML");
    let url = format!("file://{}", file.canonicalize().expect("path").display());
    let tab = browser.new_tab().expect("tab");
    tab.set_default_timeout(Duration::from_secs(30));
    let watch = Watch::on(&tab);
    tab.navigate_to(&url).expect("navigate").wait_until_navigated().expect("loaded");
    tab.wait_for_element("#reports").expect("the reports section");
    let checked = check_highlights(&tab, &brief, &texts);
    // hover a figure: its fact shows
    if let Ok(mark) = tab.find_element("article.report mark.m") {
        mark.move_mouse_over().expect("hover");
        let tip = eval_json(&tab, "JSON.stringify({hidden: document.getElementById('tip').hidden, text: document.getElementById('tip').textContent})");
        assert_eq!(tip["hidden"], false, "{name}: hovering a figure shows its fact");
    }
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(watch.errors(), Vec::<String>::new(), "{name}: no console error");
    let others: Vec<String> = watch.requests().into_iter().filter(|u| *u != url).collect();
    assert_eq!(others, Vec::<String>::new(), "{name}: no network request");
    let _ = tab.close(false);
    checked
}

#[test]
fn the_example_brief_opens_cleanly_with_every_mention_highlighted_once() {
    let Some(browser) = browser() else { return };
    let n = check_story_in_browser(&browser, &workspace().join("examples/harbour-flood"), "harbour-flood");
    assert!(n > 30, "the example's mentions were checked ({n})");
}

#[test]
fn a_made_up_story_with_hostile_and_odd_text_opens_cleanly() {
    let Some(browser) = browser() else { return };
    let dir = tempdir("hostile-story");
    std::fs::write(
        dir.join("01.txt"),
        "---\noutlet: Marsh Courier\ndate: 2032-04-09\n---\n\nFloods in Tessel left 9 people dead on Monday, \
         the coastguard said.\r\nThe storm cut power to 12,000 homes – a record for the province, officials said.\r\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("02.txt"),
        "---\noutlet: <script>alert('outlet')</script>\ndate: 2032-04-10\n---\n\nNine people died in Tessel, the \
         coastguard said. </div><script>fetch('http://example.invalid/x')</script> \"><img src=x onerror=alert(1)> \
         About 15,000 homes lost power, the grid company said. Caf\u{e9}s stayed shut.\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("03.txt"),
        b"Odd bytes \xff\xfe in a report: 11 people were hurt in Tessel, medics said.\n",
    )
    .expect("write");
    let n = check_story_in_browser(&browser, &dir, "hostile-story");
    assert!(n >= 4, "mentions checked ({n})");
}

/// The story sets of the shared evaluation data (`../shared/corpus`, or the folders named one per
/// line in CROSSREAD_STORY_DIRS, relative to the workspace root). Run by `.ci/run`; ignored in a
/// plain `cargo test`.
#[test]
#[ignore = "reads ../shared; .ci/run runs it"]
fn shared_story_sets_open_cleanly() {
    let Some(browser) = browser() else { return };
    let dirs: Vec<PathBuf> = match std::env::var("CROSSREAD_STORY_DIRS") {
        // relative names are taken from the workspace root, where .ci/run stands
        Ok(list) => list.lines().filter(|l| !l.trim().is_empty()).map(|l| workspace().join(l.trim())).collect(),
        Err(_) => {
            let corpus = workspace().join("../shared/corpus");
            let mut d: Vec<PathBuf> = std::fs::read_dir(&corpus)
                .unwrap_or_else(|e| panic!("{}: {e}", corpus.display()))
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_dir())
                .collect();
            d.sort();
            d
        }
    };
    assert!(!dirs.is_empty(), "no story sets to check");
    for dir in &dirs {
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("story").to_string();
        let n = check_story_in_browser(&browser, dir, &format!("shared-{name}"));
        println!("{name}: opens cleanly, {n} mentions each highlighted once at their bytes");
    }
}

fn tempdir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// `crossread serve` on a free loopback port, stopped when dropped.
struct Server {
    child: Child,
    url: String,
}

impl Server {
    fn start(folder: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crossread"))
            .args([OsStr::new("serve"), OsStr::new("--port"), OsStr::new("0"), folder.as_os_str()])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("crossread serve starts");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("address line");
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://127.0.0.1:"))
            .expect("a loopback address")
            .to_string();
        Server { child, url }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Types text into the focused field as a paste does.
fn paste(tab: &Tab, text: &str) {
    tab.call_method(Input::InsertText { text: text.to_string() }).expect("insert text");
}

#[test]
fn a_person_pastes_reports_reads_the_brief_and_follows_a_claim_to_its_sentence() {
    let Some(browser) = browser() else { return };
    let examples = workspace().join("examples");
    let server = Server::start(&examples);
    let tab = browser.new_tab().expect("tab");
    tab.set_default_timeout(Duration::from_secs(30));
    let watch = Watch::on(&tab);
    tab.navigate_to(&server.url).expect("open the app").wait_until_navigated().expect("loaded");

    // paste the six example reports, adding boxes as needed
    let mut files: Vec<PathBuf> = std::fs::read_dir(examples.join("harbour-flood"))
        .expect("example")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for (k, file) in files.iter().enumerate() {
        let boxes = tab.find_elements("textarea[name=text]").expect("text boxes");
        if boxes.len() <= k {
            tab.find_element("#add").expect("add button").click().expect("add a box");
        }
        let boxes = tab.wait_for_elements("textarea[name=text]").expect("text boxes");
        assert!(boxes.len() > k, "a box for report {}", k + 1);
        boxes[k].click().expect("focus the box");
        paste(&tab, &std::fs::read_to_string(file).expect("example text"));
    }
    let filled = eval_json(
        &tab,
        "JSON.stringify([...document.querySelectorAll('textarea[name=text]')].map(t => t.value.length))",
    );
    assert_eq!(filled.as_array().map(Vec::len), Some(files.len()), "one box per report");
    assert!(filled.as_array().expect("lengths").iter().all(|n| n.as_u64().unwrap_or(0) > 500), "{filled}");
    tab.evaluate("window.scrollTo(0, 0)", false).expect("scroll");
    screenshot(&tab, "form.png");

    tab.find_element("#submit").expect("submit button").click().expect("submit");
    tab.wait_until_navigated().expect("the brief loads");
    tab.wait_for_element("section#facts").expect("the facts");
    let reports = tab.find_elements("article.report").expect("reports").len();
    assert_eq!(reports, files.len(), "every pasted report is in the brief");
    screenshot(&tab, "brief.png");
    screenshot_of(&tab, "#coverage", "coverage.png");
    screenshot_of(&tab, "#timeline", "timeline.png");
    // the README's pictures: CROSSREAD_UPDATE_SCREENSHOTS=1 cargo test -p crossread-cli --test browser
    if std::env::var_os("CROSSREAD_UPDATE_SCREENSHOTS").is_some() {
        for name in ["brief.png", "coverage.png"] {
            std::fs::copy(shots().join(name), workspace().join("docs").join(name)).expect("docs/");
        }
    }

    // follow the first wording of a disputed fact to its place in the text
    let link = tab.find_element("#facts .fact.differs a[href^='#m']").expect("a claim's wording link");
    let href = link
        .get_attributes()
        .expect("attributes")
        .and_then(|a| a.chunks(2).find(|p| p[0] == "href").map(|p| p[1].clone()));
    let id = href.expect("href").trim_start_matches('#').to_string();
    link.click().expect("click the claim");
    std::thread::sleep(Duration::from_millis(300));
    let seen = eval_json(
        &tab,
        &format!(
            r#"(() => {{
  const m = document.getElementById({id:?});
  const s = m.closest('.s');
  const r = s.getBoundingClientRect();
  const fact = document.querySelector('#facts .fact.differs h3').firstChild.textContent.trim();
  return JSON.stringify({{ flash: s.classList.contains('flash'), top: r.top, bottom: r.bottom, height: innerHeight,
    hash: location.hash, focused: document.activeElement === m, background: getComputedStyle(s).backgroundColor,
    sentence: s.textContent, mark: m.textContent, tip: document.getElementById('tip').hidden ? null : document.getElementById('tip').textContent, fact }});
}})()"#
        ),
    );
    assert_eq!(seen["flash"], true, "the sentence flashes: {seen}");
    let (top, bottom, height) = (seen["top"].as_f64(), seen["bottom"].as_f64(), seen["height"].as_f64());
    assert!(
        top.zip(bottom).zip(height).is_some_and(|((t, b), h)| t >= 0.0 && b <= h),
        "the sentence is in view: {seen}"
    );
    assert_eq!(seen["hash"], format!("#{id}"));
    assert_eq!(seen["focused"], true, "the figure takes focus: {seen}");
    assert_ne!(seen["background"], "rgba(0, 0, 0, 0)", "the sentence is highlighted: {seen}");
    let (sentence, mark) = (seen["sentence"].as_str().unwrap_or(""), seen["mark"].as_str().unwrap_or("?"));
    assert!(sentence.contains(mark) && sentence.len() > mark.len(), "{seen}");
    let (tip, fact) = (seen["tip"].as_str().unwrap_or(""), seen["fact"].as_str().unwrap_or("?"));
    assert!(tip.starts_with(fact), "the focused figure shows its fact: {seen}");
    screenshot(&tab, "brief-claim.png");

    // the story folder picker gives the same brief
    tab.navigate_to(&server.url).expect("back to the form").wait_until_navigated().expect("loaded");
    tab.find_element("#open-story").expect("the story picker").click().expect("open");
    tab.wait_until_navigated().expect("the brief loads");
    tab.wait_for_element("section#facts").expect("the facts");
    assert_eq!(tab.find_elements("article.report").expect("reports").len(), files.len());

    assert_eq!(watch.errors(), Vec::<String>::new(), "no console error");
    // data: URLs are the browser's own (the date field's calendar icon), not requests
    let elsewhere: Vec<String> =
        watch.requests().into_iter().filter(|u| !u.starts_with(&server.url) && !u.starts_with("data:")).collect();
    assert_eq!(elsewhere, Vec::<String>::new(), "no request leaves the app");
}

#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let server = Server::start(&workspace().join("examples"));
    let pid = server.child.id().to_string();
    let mut server = server;
    let sent = Command::new("kill").args(["-INT", &pid]).status().expect("kill runs");
    assert!(sent.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(s) = server.child.try_wait().expect("wait") {
            break s;
        }
        assert!(std::time::Instant::now() < deadline, "the server stops within 10 s of Ctrl-C");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "a clean exit: {status}");
}
