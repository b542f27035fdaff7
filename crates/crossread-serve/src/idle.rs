//! Giving memory back after a burst: when no brief request has been in flight for a moment, the
//! allocator is asked to return its free pages to the system, so the server's memory comes back to
//! its resting level instead of staying at the burst's peak.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// How long the server must be idle before memory is given back.
const SETTLE: Duration = Duration::from_millis(250);

/// Counts brief requests in flight.
#[derive(Default)]
pub struct InFlight {
    count: AtomicUsize,
    /// Bumped at every admission, so a pending release can tell that work came in meanwhile.
    generation: AtomicU64,
}

/// Held while a request is in flight.
pub struct Guard(Arc<InFlight>);

impl InFlight {
    /// Marks one request in flight until the guard drops.
    pub fn enter(self: &Arc<Self>) -> Guard {
        self.count.fetch_add(1, Ordering::SeqCst);
        self.generation.fetch_add(1, Ordering::SeqCst);
        Guard(self.clone())
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        if self.0.count.fetch_sub(1, Ordering::SeqCst) != 1 {
            return;
        }
        let state = self.0.clone();
        let seen = state.generation.load(Ordering::SeqCst);
        if let Ok(rt) = tokio::runtime::Handle::try_current() {
            rt.spawn(async move {
                tokio::time::sleep(SETTLE).await;
                if state.count.load(Ordering::SeqCst) == 0 && state.generation.load(Ordering::SeqCst) == seen {
                    let _ = tokio::task::spawn_blocking(release_free_memory).await;
                }
            });
        }
    }
}

/// Returns the allocator's free memory to the system where the allocator allows it (glibc).
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> std::os::raw::c_int;
        }
        // SAFETY: malloc_trim only releases free pages of the process's own heap; it takes no
        // pointer and is safe to call from any thread at any time.
        unsafe {
            malloc_trim(0);
        }
    }
}
