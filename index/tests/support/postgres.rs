//! A PostgreSQL server for tests: `OERDEX_TEST_POSTGRES_URL` when set (a superuser's URL to an
//! existing server), else a throwaway cluster this test process starts once and every test in it
//! shares, each test in a database of its own ([`database`]).
//!
//! The throwaway cluster comes from Debian's `postgresql` package (`scripts/test.sh` installs it
//! when missing): `initdb` into a fresh folder under the temporary directory, `postgres`
//! listening on 127.0.0.1 on a free port only (and a Unix socket in that folder), password
//! authentication over TCP. PostgreSQL refuses to run as root, so when the tests run as root the
//! cluster runs as the unprivileged user `OERDEX_TEST_POSTGRES_USER` (default `postgres`, the
//! user the package creates), through `runuser`.
//!
//! The cluster is stopped and its folder removed when the test process ends, however it ends
//! (a panic, `process::exit`, a kill): a small shell watchdog started beside it waits for its
//! standard input to close, which happens only when the test process (the only holder of the
//! pipe's other end) is gone, then stops the server and removes the folder.
//!
//! Usable from any test crate with `#[path = ".../index/tests/support/postgres.rs"] mod postgres;`
//! (it needs the `postgres` crate and std only).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The password of the throwaway cluster's superuser (loopback only, gone with the cluster).
const PASSWORD: &str = "oerdex-test-secret";

/// The superuser of the throwaway cluster.
const SUPERUSER: &str = "oerdex";

/// How long the server may take to accept connections.
const START_TIMEOUT: Duration = Duration::from_secs(60);

/// A running server and how to reach it as a superuser.
pub struct Server {
    /// `postgres://user:password@127.0.0.1:port` without a database.
    base: String,
    /// Holds the watchdog's standard input open until this process ends (never read).
    _watchdog: Option<Child>,
}

impl Server {
    /// A URL to `database` as the superuser.
    pub fn url(&self, database: &str) -> String {
        format!("{}/{database}", self.base)
    }
}

/// The shared server, started at first use.
pub fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| match std::env::var("OERDEX_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Server {
            base: without_database(&url),
            _watchdog: None,
        },
        _ => start_cluster().unwrap_or_else(|e| {
            panic!(
                "cannot start a throwaway PostgreSQL cluster ({e}); install Debian's \
                 `postgresql` package (scripts/test.sh does) or set OERDEX_TEST_POSTGRES_URL"
            )
        }),
    })
}

/// A fresh, empty database named after `label` on the shared server; its URL.
pub fn database(label: &str) -> String {
    static N: AtomicU64 = AtomicU64::new(0);
    let name = format!(
        "oerdex_{}_{}_{}",
        label.replace(|c: char| !c.is_ascii_alphanumeric(), "_"),
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    );
    let server = server();
    let mut admin = postgres::Client::connect(&server.url("postgres"), postgres::NoTls)
        .expect("connecting to the test server");
    // One statement at a time: a batch runs in a transaction, which DROP DATABASE refuses.
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
        .expect("dropping an old test database");
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("creating a test database");
    server.url(&name)
}

/// Runs `sql` on the database at `url` (to inspect or tamper with what oerdex wrote).
pub fn execute(url: &str, sql: &str) {
    let mut client = postgres::Client::connect(url, postgres::NoTls).expect("connecting");
    client.batch_execute(sql).expect("running test SQL");
}

/// The first column of the first row `sql` returns, as text.
pub fn query_text(url: &str, sql: &str) -> Option<String> {
    let mut client = postgres::Client::connect(url, postgres::NoTls).expect("connecting");
    client
        .query_opt(sql, &[])
        .expect("running test SQL")
        .map(|row| row.get(0))
}

fn without_database(url: &str) -> String {
    match url.find("://").map(|i| i + 3) {
        Some(start) => match url[start..].find('/') {
            Some(slash) => url[..start + slash].to_string(),
            None => url.to_string(),
        },
        None => url.to_string(),
    }
}

/// The folder with `initdb`, `pg_ctl` and `postgres`: `pg_config --bindir`, else the newest
/// `/usr/lib/postgresql/*/bin` (Debian keeps them off PATH), else PATH.
fn bin_dir() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((version, bin))
        })
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return Some(bin);
    }
    let out = Command::new("pg_config").arg("--bindir").output().ok()?;
    let dir = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    dir.join("initdb").exists().then_some(dir)
}

/// A command run as the cluster's user: through `runuser` when this process is root.
fn as_cluster_user(program: &Path, run_as: Option<&str>) -> Command {
    let mut command = match run_as {
        Some(user) => {
            let mut c = Command::new("runuser");
            c.args(["-u", user, "--"]).arg(program);
            c
        }
        None => Command::new(program),
    };
    // Somewhere the cluster's user may enter (not a checkout under /root).
    command.current_dir(std::env::temp_dir());
    command
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

fn run(mut command: Command, what: &str) -> Result<(), String> {
    let out = command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("{what}: {e}"))?;
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{what} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

fn start_cluster() -> Result<Server, String> {
    let bin = bin_dir().ok_or("no initdb found")?;
    let user = std::env::var("OERDEX_TEST_POSTGRES_USER").unwrap_or_else(|_| "postgres".into());
    let run_as = is_root().then_some(user.as_str());
    let dir = std::env::temp_dir().join(format!("oerdex-pg-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let data = dir.join("data");
    let password_file = dir.join("password");
    std::fs::write(&password_file, PASSWORD).map_err(|e| e.to_string())?;
    if let Some(user) = run_as {
        run(
            {
                let mut c = Command::new("chown");
                c.args(["-R", user]).arg(&dir);
                c
            },
            "giving the cluster folder to its user",
        )?;
    }
    let mut initdb = as_cluster_user(&bin.join("initdb"), run_as);
    initdb
        .arg("-D")
        .arg(&data)
        .args([
            "-U",
            SUPERUSER,
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
        ])
        .args(["-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        .arg(format!("--pwfile={}", password_file.display()));
    run(initdb, "initdb")?;

    // A free port: the kernel picks one; it is free again once this listener closes. Another
    // process could take it in between, so a failed start is tried again on another port.
    let mut last_error = String::new();
    for _ in 0..3 {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        match start_server(&bin, run_as, &dir, &data, port) {
            Ok(watchdog) => {
                return Ok(Server {
                    base: format!("postgres://{SUPERUSER}:{PASSWORD}@127.0.0.1:{port}"),
                    _watchdog: Some(watchdog),
                })
            }
            Err(e) => last_error = e,
        }
    }
    Err(last_error)
}

/// Starts the server on `port` with its watchdog; waits until it accepts connections.
fn start_server(
    bin: &Path,
    run_as: Option<&str>,
    dir: &Path,
    data: &Path,
    port: u16,
) -> Result<Child, String> {
    let pg_ctl = bin.join("pg_ctl");
    let options = format!(
        "-c listen_addresses=127.0.0.1 -p {port} -c unix_socket_directories={} \
         -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
        dir.display()
    );
    let log = dir.join("server.log");
    let mut start = as_cluster_user(&pg_ctl, run_as);
    start
        .arg("-D")
        .arg(data)
        .arg("-o")
        .arg(&options)
        .arg("-l")
        .arg(&log)
        .args(["-w", "-t", "60", "start"]);
    run(start, "pg_ctl start").map_err(|e| {
        let log = std::fs::read_to_string(&log).unwrap_or_default();
        format!("{e}\n{log}")
    })?;
    // The watchdog: `cat` returns once its standard input closes (this process is gone), then
    // the server stops and the folder goes.
    let stop = format!(
        "cat >/dev/null; {} '{}' -D '{}' -m immediate stop >/dev/null 2>&1; rm -rf '{}'",
        match run_as {
            Some(user) => format!("runuser -u {user} --"),
            None => String::new(),
        },
        pg_ctl.display(),
        data.display(),
        dir.display()
    );
    let watchdog = Command::new("sh")
        .args(["-c", &stop])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("starting the watchdog: {e}"))?;
    let deadline = Instant::now() + START_TIMEOUT;
    let url = format!("postgres://{SUPERUSER}:{PASSWORD}@127.0.0.1:{port}/postgres");
    loop {
        match postgres::Client::connect(&url, postgres::NoTls) {
            Ok(_) => return Ok(watchdog),
            Err(e) if Instant::now() > deadline => return Err(format!("server not ready: {e}")),
            Err(_) => std::thread::sleep(Duration::from_millis(100)),
        }
    }
}
