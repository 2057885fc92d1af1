//! The `oerdex` binary: parses the command line, loads the configuration and calls the
//! harvester, index and API crates.

mod catalogue;
mod cli;
mod commands;
mod config;
mod demo;
mod exit;
mod progress;
mod serve;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command, RegistrationsCommand, SourcesCommand};
use crate::config::{ConfigError, Overrides};

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    let overrides = Overrides {
        config: cli.config.clone(),
        db: cli.db.clone(),
        bind: match &cli.command {
            Command::Serve(args) => args.bind.clone(),
            Command::Demo(args) => args.bind.clone(),
            _ => None,
        },
    };
    let env: Vec<(String, String)> = std::env::vars().collect();
    let settings = match config::load(&overrides, &env) {
        Ok(settings) => {
            for warning in &settings.warnings {
                eprintln!("oerdex: warning: {warning}");
            }
            settings
        }
        Err(e) => {
            eprintln!("oerdex: configuration error: {e}");
            return ExitCode::from(exit::CONFIG);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("oerdex: cannot start the async runtime: {e}");
            return ExitCode::from(exit::FAILURE);
        }
    };
    let result = runtime.block_on(async move {
        match cli.command {
            Command::Sources(SourcesCommand::Add(args)) => {
                commands::sources::add(&settings, args).await
            }
            Command::Sources(SourcesCommand::List { json }) => {
                commands::sources::list(&settings, json)
            }
            Command::Sources(SourcesCommand::Remove { name }) => {
                commands::sources::remove(&settings, &name)
            }
            Command::Sources(SourcesCommand::Sets { url }) => {
                commands::sources::sets(&settings, &url).await
            }
            Command::Sources(SourcesCommand::Report { name, json }) => {
                commands::quality::run(&settings, &name, json)
            }
            Command::Registrations(RegistrationsCommand::List { all, json }) => {
                commands::registrations::list(&settings, all, json)
            }
            Command::Registrations(RegistrationsCommand::Approve { id }) => {
                commands::registrations::approve(&settings, id)
            }
            Command::Registrations(RegistrationsCommand::Reject { id, reason }) => {
                commands::registrations::reject(&settings, id, reason)
            }
            Command::Harvest(args) => commands::harvest::run(&settings, args).await,
            Command::Search(args) => commands::search::run(&settings, args),
            Command::Export(args) => commands::export::run(&settings, args),
            Command::License(args) => commands::license::run(args),
            Command::Reindex(args) => commands::reindex::run(&settings, args),
            Command::Backup(args) => commands::backup::run(&settings, args),
            Command::Serve(args) => commands::serve::run(&settings, args).await,
            Command::Demo(args) => commands::demo::run(settings, args).await,
        }
    });
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if let Some(config_error) = e.downcast_ref::<ConfigError>() {
                eprintln!("oerdex: configuration error: {config_error}");
                return ExitCode::from(exit::CONFIG);
            }
            eprintln!("oerdex: error: {e:#}");
            ExitCode::from(exit::FAILURE)
        }
    }
}

/// Logs go to standard error; `OERDEX_LOG` takes a tracing filter (default `warn`) and
/// `OERDEX_LOG_FORMAT=json` writes one JSON object a line for log collectors. Colours only when
/// standard error is a terminal.
fn init_logging() {
    use std::io::IsTerminal;
    let filter = tracing_subscriber::EnvFilter::try_from_env("OERDEX_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false);
    match std::env::var("OERDEX_LOG_FORMAT").as_deref() {
        Ok("json") => builder.json().with_current_span(false).init(),
        Ok("text") | Err(_) => builder.with_ansi(std::io::stderr().is_terminal()).init(),
        Ok(other) => {
            builder.with_ansi(false).init();
            tracing::warn!("OERDEX_LOG_FORMAT={other:?} is not json or text; writing text");
        }
    }
}
