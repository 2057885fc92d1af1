//! `oerdex serve`: the HTTP API with scheduled harvests, until SIGINT or SIGTERM.

use crate::cli::ServeArgs;
use crate::config::Settings;

/// Binds `server.bind` (or `--bind`) and serves (see [`crate::serve`]).
pub async fn run(settings: &Settings, _args: ServeArgs) -> anyhow::Result<u8> {
    let listener = crate::serve::bind(&settings.bind).await?;
    crate::serve::run(settings, listener, &settings.harvest).await
}
