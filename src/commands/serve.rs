//! `oerdex serve`: the HTTP API with scheduled harvests, until SIGINT or SIGTERM.

use crate::cli::ServeArgs;
use crate::config::Settings;

/// Binds `server.bind` (or `--bind`) and serves (see [`crate::serve`]).
pub async fn run(settings: &Settings, args: ServeArgs) -> anyhow::Result<u8> {
    let listener = crate::serve::bind(&settings.bind).await?;
    let schedule = !args.no_harvest;
    crate::serve::run(settings, listener, &settings.harvest, schedule).await
}
