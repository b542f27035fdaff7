//! `crossread serve`: the web app on this machine.

use crate::{LogFormat, ServeArgs};
use anyhow::{bail, Context, Result};
use std::io::Write;
use std::time::Duration;
use tracing_subscriber::EnvFilter;

pub fn run(args: &ServeArgs) -> Result<()> {
    let folder = match &args.folder {
        Some(f) if !f.is_dir() => bail!("{}: not a folder", f.display()),
        Some(f) => Some(f.canonicalize().with_context(|| format!("cannot open {}", f.display()))?),
        None => None,
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    let logs = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match args.log_format {
        LogFormat::Json => logs.json().init(),
        LogFormat::Text => logs.init(),
    }
    let config = crossread_serve::Config {
        folder,
        max_body_bytes: args.max_mb.saturating_mul(1024 * 1024),
        max_reports: args.max_reports.max(1),
        timeout: Duration::from_secs(args.timeout.max(1)),
        ..Default::default()
    };
    let addr =
        crossread_serve::address(&args.bind, args.port).with_context(|| format!("bad address {:?}", args.bind))?;
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the async runtime")?;
    runtime.block_on(async move {
        let listener = crossread_serve::listen(addr).with_context(|| format!("cannot listen on {addr}"))?;
        let local = listener.local_addr()?;
        let shutdown = crossread_serve::shutdown_signal().context("listening for Ctrl-C")?;
        if !local.ip().is_loopback() {
            tracing::warn!(%local, "listening beyond this machine: anyone who can reach this address can use the app");
        }
        let mut out = std::io::stdout().lock();
        writeln!(out, "crossread serve: listening on http://{local}/ (Ctrl-C stops)")?;
        out.flush()?;
        drop(out);
        tracing::info!(%local, folder = ?config.folder, "listening");
        crossread_serve::serve(listener, config, shutdown).await?;
        tracing::info!("stopped");
        Ok(())
    })
}
