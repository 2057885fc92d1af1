//! Shared parts of the end-to-end tests: a loopback HTTP server that can misbehave on purpose,
//! a synthetic OAI-PMH repository, the real fixtures, and a runner for the real binary.

#![allow(dead_code)] // each test binary uses a different part of this module

pub mod amb;
pub mod catalogue;
pub mod http;
pub mod openapi;
pub mod repo;
pub mod serve;
pub mod server;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The real third-party fixtures beside the checkout (`../shared/fixtures/real`).
pub fn fixtures_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures/real");
    if !dir.is_dir() {
        panic!(
            "shared fixtures not found at {}: these tests need ../shared beside the checkout (CI has it)",
            dir.display()
        );
    }
    dir
}

/// The text of a real fixture, e.g. `fixture("sickle/ListRecords.xml")`.
pub fn fixture(relative: &str) -> Vec<u8> {
    let path = fixtures_dir().join(relative);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read fixture {}: {e}", path.display()))
}

/// The Python interpreter of the virtual environment scripts/test.sh prepares (with Sickle,
/// oaipmh-scythe and PyLD): `OERDEX_TEST_PYTHON`, else `target/pyenv/bin/python`.
pub fn python() -> PathBuf {
    let python = std::env::var_os("OERDEX_TEST_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pyenv/bin/python"));
    assert!(
        python.exists(),
        "{} not found: run scripts/test.sh, which installs Sickle, oaipmh-scythe and PyLD from PyPI into target/pyenv",
        python.display()
    );
    python
}

/// A small deterministic generator (a 64-bit LCG) for random test schedules and inputs: a
/// failing run can be replayed from its seed.
pub struct Lcg(pub u64);

impl Lcg {
    /// The next number below `below`.
    pub fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % below as u64) as usize
    }
}

/// A directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// A fresh empty directory under the system's temp dir.
    pub fn new(label: &str) -> Self {
        use std::sync::atomic::{AtomicU64, Ordering};
        static N: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "oerdex-test-{label}-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the real `oerdex` binary in a temp directory with its own catalogue.
pub struct Oerdex {
    pub dir: TempDir,
    pub env: Vec<(String, String)>,
}

/// What a run printed and how it ended.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(output: Output) -> Self {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    /// Panics with both outputs unless the exit code is `code`.
    pub fn expect(self, code: i32) -> Self {
        assert_eq!(
            self.code, code,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }
}

impl Oerdex {
    /// A runner allowed to reach loopback (where the test servers are), with fast retries.
    pub fn new(label: &str) -> Self {
        Oerdex {
            dir: TempDir::new(label),
            env: vec![
                (
                    "OERDEX_HARVEST_ALLOW_PRIVATE_NETWORKS".into(),
                    "true".into(),
                ),
                ("OERDEX_HARVEST_PER_HOST_DELAY_MS".into(), "0".into()),
                ("OERDEX_HARVEST_RETRY_BASE_MS".into(), "20".into()),
                ("OERDEX_HARVEST_RETRIES".into(), "2".into()),
                ("OERDEX_HARVEST_TIMEOUT_S".into(), "5".into()),
            ],
        }
    }

    /// Sets (or replaces) an environment variable for later runs.
    pub fn set_env(&mut self, key: &str, value: &str) {
        self.env.retain(|(k, _)| k != key);
        self.env.push((key.into(), value.into()));
    }

    /// The catalogue file.
    pub fn db(&self) -> PathBuf {
        self.dir.0.join("oerdex.db")
    }

    /// The command, ready to run.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_oerdex"));
        cmd.current_dir(&self.dir.0);
        for (key, _) in std::env::vars() {
            if key.starts_with("OERDEX_") {
                cmd.env_remove(key);
            }
        }
        cmd.env("OERDEX_DB", self.db());
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd.args(args);
        cmd
    }

    /// Runs `oerdex ARGS…`.
    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.command(args).output().expect("the oerdex binary runs"))
    }

    /// Runs `oerdex ARGS…` with the catalogue's clock `seconds` ahead of the system's
    /// (`OERDEX_TEST_CLOCK_SHIFT_S`): what it records is dated that much later, so a test that
    /// needs a change in a later second than the last one need not wait for it.
    pub fn run_later(&self, seconds: i64, args: &[&str]) -> Run {
        let mut command = self.command(args);
        command.env("OERDEX_TEST_CLOCK_SHIFT_S", seconds.to_string());
        Run::from(command.output().expect("the oerdex binary runs"))
    }

    /// `oerdex export` parsed: one JSON value per resource, ordered by id.
    pub fn export(&self) -> Vec<serde_json::Value> {
        let run = self.run(&["export"]).expect(0);
        run.stdout
            .lines()
            .map(|line| serde_json::from_str(line).expect("export lines are JSON"))
            .collect()
    }

    /// `oerdex search --json ARGS…` parsed.
    pub fn search(&self, args: &[&str]) -> serde_json::Value {
        let mut all = vec!["search", "--json"];
        all.extend_from_slice(args);
        let run = self.run(&all).expect(0);
        serde_json::from_str(&run.stdout).expect("search --json prints JSON")
    }
}
