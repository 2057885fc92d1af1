//! The process's own figures under the standard Prometheus names (`process_*`), read from
//! `/proc/self` at scrape time: CPU seconds, resident and virtual memory, open and allowed file
//! descriptors, and the start time. On systems without `/proc` they are left out.

use std::fmt::Write;
use std::sync::OnceLock;

/// What `/proc/self` says now.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ProcessFigures {
    /// User and system CPU seconds.
    pub cpu_seconds: f64,
    /// Resident memory in bytes.
    pub resident_bytes: u64,
    /// Virtual memory in bytes.
    pub virtual_bytes: u64,
    /// Open file descriptors.
    pub open_fds: u64,
    /// The soft limit on file descriptors.
    pub max_fds: Option<u64>,
    /// Start time in seconds since the Unix epoch.
    pub start_time_seconds: f64,
}

/// Clock ticks a second, as `/proc` counts CPU time.
fn ticks_per_second() -> f64 {
    static TICKS: OnceLock<f64> = OnceLock::new();
    *TICKS.get_or_init(|| {
        // SAFETY: sysconf only reads a configuration value.
        let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
        if ticks > 0 {
            ticks as f64
        } else {
            100.0
        }
    })
}

/// Reads the figures; `None` without `/proc`.
pub fn read() -> Option<ProcessFigures> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    // The fields are numbered from 1 with pid and comm first: state is field 3, i.e. index 0.
    let field = |n: usize| -> Option<f64> { fields.get(n - 3)?.parse().ok() };
    let ticks = ticks_per_second();
    let cpu_seconds = (field(14)? + field(15)?) / ticks;
    let virtual_bytes = field(23)? as u64;
    // SAFETY: sysconf only reads a configuration value.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(4096) as u64;
    let resident_bytes = field(24)? as u64 * page;
    let boot_time: f64 = std::fs::read_to_string("/proc/stat")
        .ok()?
        .lines()
        .find_map(|l| l.strip_prefix("btime "))?
        .trim()
        .parse()
        .ok()?;
    let start_time_seconds = boot_time + field(22)? / ticks;
    let open_fds = std::fs::read_dir("/proc/self/fd").ok()?.count() as u64;
    let max_fds = std::fs::read_to_string("/proc/self/limits")
        .ok()
        .and_then(|limits| {
            limits
                .lines()
                .find(|l| l.starts_with("Max open files"))
                .and_then(|l| l.split_whitespace().nth(3))
                .and_then(|soft| soft.parse().ok())
        });
    Some(ProcessFigures {
        cpu_seconds,
        resident_bytes,
        virtual_bytes,
        open_fds,
        max_fds,
        start_time_seconds,
    })
}

/// Writes the figures in the Prometheus text format.
pub fn render(out: &mut String, figures: &ProcessFigures) {
    let mut metric = |name: &str, help: &str, kind: &str, value: String| {
        let _ = writeln!(
            out,
            "# HELP {name} {help}\n# TYPE {name} {kind}\n{name} {value}"
        );
    };
    metric(
        "process_cpu_seconds_total",
        "Total user and system CPU time spent in seconds.",
        "counter",
        format!("{:.2}", figures.cpu_seconds),
    );
    metric(
        "process_resident_memory_bytes",
        "Resident memory size in bytes.",
        "gauge",
        figures.resident_bytes.to_string(),
    );
    metric(
        "process_virtual_memory_bytes",
        "Virtual memory size in bytes.",
        "gauge",
        figures.virtual_bytes.to_string(),
    );
    metric(
        "process_open_fds",
        "Number of open file descriptors.",
        "gauge",
        figures.open_fds.to_string(),
    );
    if let Some(max) = figures.max_fds {
        metric(
            "process_max_fds",
            "Maximum number of open file descriptors.",
            "gauge",
            max.to_string(),
        );
    }
    metric(
        "process_start_time_seconds",
        "Start time of the process since unix epoch in seconds.",
        "gauge",
        format!("{:.2}", figures.start_time_seconds),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_process_reads_itself() {
        let Some(figures) = read() else {
            return; // no /proc here
        };
        assert!(figures.resident_bytes > 1024 * 1024, "{figures:?}");
        assert!(figures.virtual_bytes >= figures.resident_bytes);
        assert!(figures.open_fds >= 3);
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs_f64();
        assert!(
            figures.start_time_seconds <= now + 1.0 && figures.start_time_seconds > now - 86_400.0,
            "{figures:?}"
        );
        let mut out = String::new();
        render(&mut out, &figures);
        assert!(out.contains("\nprocess_open_fds "), "{out}");
    }
}
